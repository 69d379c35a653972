package dev.imagegen.generator.cli;

/** Command-line arguments that cannot be run; the message says what is wrong with them. */
public final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
