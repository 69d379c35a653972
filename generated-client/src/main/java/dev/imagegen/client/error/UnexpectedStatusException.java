package dev.imagegen.client.error;

/** A status the API does not document, such as a 1xx, a 3xx or an undocumented 4xx. */
public class UnexpectedStatusException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnexpectedStatusException(String call, int status, String requestId,
      String bodyExcerpt, String serverMessage) {
    super(call, status, requestId, bodyExcerpt, serverMessage, null);
  }
}
