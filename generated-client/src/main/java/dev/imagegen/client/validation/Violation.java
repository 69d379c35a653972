package dev.imagegen.client.validation;

import java.io.Serializable;
import java.util.Objects;

/** One broken constraint: a JSON Pointer path such as {@code /steps} and what is wrong there. */
public final class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String message;

  /** @param path a JSON Pointer into the request body, such as {@code /steps} */
  public Violation(String path, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /** A violation at the top-level body field {@code name}, escaped as RFC 6901 requires. */
  public static Violation at(String name, String message) {
    return new Violation("/" + name.replace("~", "~0").replace("/", "~1"), message);
  }

  public String path() {
    return path;
  }

  public String message() {
    return message;
  }

  /** {@code /steps: 9 is above maximum 8}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Violation)) {
      return false;
    }
    Violation that = (Violation) other;
    return path.equals(that.path) && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, message);
  }
}
