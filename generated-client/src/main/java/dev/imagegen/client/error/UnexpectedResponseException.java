package dev.imagegen.client.error;

/**
 * A successful status with a body the client cannot use, such as a submit answer without a
 * {@code request_id} or JSON that does not parse.
 */
public class UnexpectedResponseException extends ImageGenException {
  private static final long serialVersionUID = 1L;

  /** @param message already redacted */
  public UnexpectedResponseException(String message) {
    super(message);
  }
}
