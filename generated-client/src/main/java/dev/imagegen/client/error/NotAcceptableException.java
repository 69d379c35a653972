package dev.imagegen.client.error;

/**
 * 406: the server will not run the call for the account. At Segmind this covers a missing content
 * type, credits below the model's cost, and a team's spend limit (docs.segmind.com, error codes); the
 * {@link #serverMessage()} says which. Too few credits is an {@link InsufficientCreditsException}.
 */
public class NotAcceptableException extends ApiException {
  private static final long serialVersionUID = 1L;

  public NotAcceptableException(String call, int status, String requestId, String bodyExcerpt, String serverMessage) {
    this(call, status, requestId, bodyExcerpt, serverMessage, null);
  }

  protected NotAcceptableException(String call, int status, String requestId, String bodyExcerpt,
      String serverMessage, String meaning) {
    super(call, status, requestId, bodyExcerpt, serverMessage, meaning);
  }
}
