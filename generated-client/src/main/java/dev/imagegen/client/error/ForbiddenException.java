package dev.imagegen.client.error;

/** 403: the API key may not use this model or endpoint. */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ForbiddenException(String call, int status, String requestId, String bodyExcerpt, String serverMessage) {
    super(call, status, requestId, bodyExcerpt, serverMessage, null);
  }
}
