package dev.imagegen.client.error;

/**
 * The HTTP request could not be built, so nothing was sent: for instance an image file that could not
 * be read when the body was written ({@link ImageReadException}). The message says why.
 */
public class RequestEncodingException extends ImageGenException {
  private static final long serialVersionUID = 1L;

  /**
   * {@code the request could not be built, so nothing was sent: <reason>}, the reason being the
   * innermost cause of {@code failure}, which Retrofit and Jackson wrap in their own exceptions.
   */
  public RequestEncodingException(RuntimeException failure) {
    super("the request could not be built, so nothing was sent: " + FailureText.of(innermost(failure)), failure);
  }

  protected RequestEncodingException(String message, Throwable cause) {
    super(message, cause);
  }

  private static Throwable innermost(Throwable failure) {
    Throwable innermost = failure;
    while (innermost.getCause() != null) {
      innermost = innermost.getCause();
    }
    return innermost;
  }
}
