package dev.imagegen.generator.export;

/**
 * A checked spec set that an export cannot describe, such as two providers serving the same path.
 * The message is one line for the user; nothing is written when it is thrown.
 */
public final class ExportException extends Exception {
  private static final long serialVersionUID = 1L;

  public ExportException(String message) {
    super(message);
  }
}
