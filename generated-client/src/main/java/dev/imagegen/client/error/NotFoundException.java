package dev.imagegen.client.error;

/** 404: an unknown model or endpoint; see {@link JobNotFoundException} for an unknown v2 request id. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String call, int status, String requestId, String bodyExcerpt) {
    super(call, status, requestId, bodyExcerpt, null);
  }

  protected NotFoundException(String call, int status, String requestId, String bodyExcerpt, String meaning) {
    super(call, status, requestId, bodyExcerpt, meaning);
  }
}
