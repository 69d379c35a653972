package dev.imagegen.client.error;

/**
 * A 5xx status: the server failed; status and result calls are retried on 502, 503 and 504. A 500 to a
 * model call is often a parameter value the model cannot take, notably right after a parameter changed
 * (docs.segmind.com, error codes): the message says so.
 */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ServerException(String call, int status, String requestId, String bodyExcerpt, String serverMessage) {
    super(call, status, requestId, bodyExcerpt, serverMessage, meaning(call, status));
  }

  private static String meaning(String call, int status) {
    return status == 500 && call.startsWith("POST ")
        ? "often a parameter value the model cannot take: check the values just changed"
        : null;
  }
}
