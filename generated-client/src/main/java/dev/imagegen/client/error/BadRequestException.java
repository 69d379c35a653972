package dev.imagegen.client.error;

/** 400: the server refused the parameters or the request format. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  public BadRequestException(String call, int status, String requestId, String bodyExcerpt, String serverMessage) {
    super(call, status, requestId, bodyExcerpt, serverMessage, null);
  }
}
