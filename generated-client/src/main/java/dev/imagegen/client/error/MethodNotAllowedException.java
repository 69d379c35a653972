package dev.imagegen.client.error;

/** 405: the endpoint does not take this HTTP method (the body may be HTML). */
public class MethodNotAllowedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public MethodNotAllowedException(String call, int status, String requestId,
      String bodyExcerpt, String serverMessage) {
    super(call, status, requestId, bodyExcerpt, serverMessage, null);
  }
}
