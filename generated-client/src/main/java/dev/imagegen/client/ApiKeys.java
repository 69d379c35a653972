package dev.imagegen.client;

/** Checks an API key without ever printing it. */
final class ApiKeys {

  private ApiKeys() {}

  /** {@code key} without surrounding whitespace; refuses blank keys and characters a header cannot carry. */
  static String check(String key, String source) {
    if (key == null || key.isBlank()) {
      throw new IllegalArgumentException(source + " is blank");
    }
    String trimmed = key.trim();
    // OkHttp would refuse such a key later, quoting it in its message.
    if (!trimmed.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
      throw new IllegalArgumentException(source + " holds a character that an HTTP header cannot carry");
    }
    return trimmed;
  }
}
