package dev.imagegen.client.error;

/**
 * 406 whose server message speaks of credits: the account's balance is below the model's cost (not
 * only at zero; Segmind's message names both).
 */
public class InsufficientCreditsException extends NotAcceptableException {
  private static final long serialVersionUID = 1L;

  public InsufficientCreditsException(String call, int status, String requestId, String bodyExcerpt,
      String serverMessage) {
    super(call, status, requestId, bodyExcerpt, serverMessage, "insufficient credits");
  }
}
