package dev.imagegen.client.error;

/**
 * The base of every exception the client throws, so that one {@code catch} covers them all.
 *
 * <p>Messages never contain the API key.
 */
public class ImageGenException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImageGenException(String message) {
    super(message);
  }

  public ImageGenException(String message, Throwable cause) {
    super(message, cause);
  }
}
