package dev.imagegen.client.error;

/**
 * The base of every exception the client throws, so that one {@code catch} covers them all.
 *
 * <p>Messages never contain the API key.
 *
 * <p>Every exception about a request the server has seen offers its {@code requestId()}, to quote to
 * support or to fetch a v2 result later: {@link ApiException}, {@link TransportException} and
 * {@link UnexpectedResponseException} as an {@code Optional} (a v2 status or result call always has
 * the job's id; a sync call has one when a response header carries it), and
 * {@link InferenceFailedException} and {@link InferenceTimeoutException} as a plain {@code String},
 * since a job always has one. Exceptions raised before anything is sent, such as
 * {@code ValidationException} and {@link RequestEncodingException}, have none.
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
