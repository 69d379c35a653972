package dev.imagegen.client.validation;

/** Thrown before any HTTP call when a request breaks its model's rules; lists every violation. */
public final class ValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;
}
