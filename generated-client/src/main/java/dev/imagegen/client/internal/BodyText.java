package dev.imagegen.client.internal;

import dev.imagegen.client.error.ApiException;
import java.util.regex.Pattern;

/** The excerpt of a body quoted in messages: whitespace collapsed, at most {@link ApiException#MAX_EXCERPT} characters. */
public final class BodyText {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private BodyText() {}

  /** {@code text} with its whitespace collapsed, cut to the excerpt length. */
  public static String excerpt(String text) {
    String collapsed = WHITESPACE.matcher(text.trim()).replaceAll(" ");
    if (collapsed.length() <= ApiException.MAX_EXCERPT) {
      return collapsed;
    }
    int end = ApiException.MAX_EXCERPT;
    // Half of a surrogate pair is no character.
    if (Character.isHighSurrogate(collapsed.charAt(end - 1))) {
      end--;
    }
    return collapsed.substring(0, end) + "...";
  }
}
