package dev.imagegen.generator.load;

import dev.imagegen.generator.spec.SpecLocation;
import java.util.Objects;

/**
 * One problem in a spec, at a location. {@code toString()} is the line users see:
 * {@code specs/segmind/flux-schnell.json#/parameters/width/default: 4096 is above maximum 2048}.
 * It stays one readable line whatever the spec holds: a pointer token longer than
 * {@value #SHOWN_TOKEN} characters is cut short, and a control character or line separator in a
 * name or value is written as an escape: a backslash, {@code u} and four hex digits.
 */
public record SpecError(SpecLocation location, String reason) {

  private static final int SHOWN_TOKEN = 60;
  private static final char LINE_SEPARATOR = 0x2028;
  private static final char PARAGRAPH_SEPARATOR = 0x2029;

  public SpecError {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return oneLine(location.file() + "#" + shortTokens(location.pointer()) + ": " + reason);
  }

  private static String shortTokens(String pointer) {
    if (pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder shown = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      shown.append('/').append(token.length() <= SHOWN_TOKEN
          ? token
          : token.substring(0, SHOWN_TOKEN) + "...(" + token.length() + " characters)");
    }
    return shown.toString();
  }

  private static String oneLine(String line) {
    StringBuilder shown = new StringBuilder(line.length());
    line.chars().forEach(c -> {
      if (Character.isISOControl(c) || c == LINE_SEPARATOR || c == PARAGRAPH_SEPARATOR) {
        shown.append(String.format("\\u%04x", c));
      } else {
        shown.append((char) c);
      }
    });
    return shown.toString();
  }
}
