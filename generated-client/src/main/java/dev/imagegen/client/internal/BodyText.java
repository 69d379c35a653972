package dev.imagegen.client.internal;

import dev.imagegen.client.error.ApiException;
import java.util.regex.Pattern;

/** The excerpt of a body quoted in messages: whitespace collapsed, at most {@link ApiException#MAX_EXCERPT} characters. */
final class BodyText {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private BodyText() {}

  static String excerpt(String text) {
    String collapsed = WHITESPACE.matcher(text.trim()).replaceAll(" ");
    return collapsed.length() <= ApiException.MAX_EXCERPT
        ? collapsed
        : collapsed.substring(0, ApiException.MAX_EXCERPT) + "...";
  }
}
