package dev.imagegen.client.error;

/** 401: the API key is missing or invalid. */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(String call, int status, String requestId, String bodyExcerpt) {
    super(call, status, requestId, bodyExcerpt, null);
  }
}
