package dev.imagegen.client.error;

/** 406: the account has not enough credits for the request. */
public class InsufficientCreditsException extends ApiException {
  private static final long serialVersionUID = 1L;

  public InsufficientCreditsException(String call, int status, String requestId, String bodyExcerpt) {
    super(call, status, requestId, bodyExcerpt, "insufficient credits");
  }
}
