package dev.imagegen.client.internal;

/** Masks the API key in text that came from outside, such as a server echoing request headers. */
final class Redactor {

  static final String MASK = "****";

  private final String secret;

  Redactor(String secret) {
    this.secret = secret;
  }

  String redact(String text) {
    return text.replace(secret, MASK);
  }
}
