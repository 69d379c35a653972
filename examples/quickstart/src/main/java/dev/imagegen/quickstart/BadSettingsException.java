package dev.imagegen.quickstart;

/** The environment's settings cannot make a client, such as a {@code SEGMIND_BASE_URL} that is not a URL. */
final class BadSettingsException extends Exception {
  private static final long serialVersionUID = 1L;

  BadSettingsException(RuntimeException cause) {
    super(cause.getMessage(), cause);
  }
}
