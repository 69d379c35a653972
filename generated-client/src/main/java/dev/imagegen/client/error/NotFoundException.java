package dev.imagegen.client.error;

/** 404: an unknown model or endpoint; see {@link JobNotFoundException} for an unknown v2 request id. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String call, int status, String requestId, String bodyExcerpt, String serverMessage) {
    super(call, status, requestId, bodyExcerpt, serverMessage, null);
  }

  protected NotFoundException(String call, int status, String requestId,
      String bodyExcerpt, String serverMessage, String meaning) {
    super(call, status, requestId, bodyExcerpt, serverMessage, meaning);
  }
}
