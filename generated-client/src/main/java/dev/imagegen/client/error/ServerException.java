package dev.imagegen.client.error;

/** A 5xx status: the server failed; status and result calls are retried on 502, 503 and 504. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ServerException(String call, int status, String requestId, String bodyExcerpt) {
    super(call, status, requestId, bodyExcerpt, null);
  }
}
