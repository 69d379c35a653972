package dev.imagegen.generator.fuzz;

import java.util.List;

/**
 * Text for the free-text fields of a spec (titles, summaries, descriptions, notes, enum values, header
 * values): plain words mixed with pieces that break generated Java, Javadoc, JSON or format strings when
 * they are copied without escaping.
 */
final class NastyText {

  /** Pieces that mean something to JavaPoet, {@code String.format}, Java, Javadoc, HTML or a terminal. */
  static final List<String> HOSTILE_PIECES = List.of(
      "$", "$L", "$S", "$N", "$T", "$$", "$1L", "$0.01", "$<", "$>", "$]", "$W",
      "%s", "%d", "%n", "%%", "%1$s",
      "\\", "\\\\", "\\u0041", "\\u000a", "\\n", "\"", "'", "\"\"\"", "\\\"",
      "*/", "/*", "/**", "//", "{@code", "{@link Object}", "{@inheritDoc}", "}", "{", "@param", "@return", "@deprecated",
      "<", ">", "&", "&amp;", "&#x2028;", "<b>", "</p>", "<script>", "<!--",
      "\u2028", "\u2029", "\u0085", "\u0000", "\u0001", "\u0007", "\u001b[31m", "\u001f", "\u007f", "\t", "\n", "\r", "\r\n",
      "\u000b", "\u000c", "\u200b", "\ufeff", "\u202e", "\u00a0",
      "\ud83d\ude00", "\ud835\udd18", "\ud83c\udff3\ufe0f\u200d\ud83c\udf08", "\u00f1", "\u65e5\u672c\u8a9e", "\u0395\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac",
      "\u0440\u0443\u0441\u0441\u043a\u0438\u0439", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629", "\u0928\u092e\u0938\u094d\u0924\u0947",
      "${x}", "{{request.baseUrl}}", "{model}", "#", "?", "=", ";", "+", "\u00e9");

  private static final List<String> WORDS = List.of(
      "tiger", "image", "steps", "the", "model", "scale", "prompt", "Euler a", "width", "seed", "noise", "v2", "x");

  private final Draw draw;

  NastyText(Draw draw) {
    this.draw = draw;
  }

  /** Text of at least one character; now and then thousands of characters, very rarely over 64 KiB of UTF-8. */
  String text() {
    if (draw.chance(0.0005)) {
      return repeated(70_000);
    }
    if (draw.chance(0.02)) {
      return repeated(draw.between(1_000, 5_000));
    }
    StringBuilder out = new StringBuilder();
    int pieces = draw.between(1, 6);
    for (int i = 0; i < pieces; i++) {
      out.append(draw.chance(0.6) ? draw.pick(HOSTILE_PIECES) : draw.pick(WORDS)).append(draw.chance(0.3) ? " " : "");
    }
    return out.toString();
  }

  /** {@link #text()} cut to at most {@code codePoints} code points. */
  String upTo(int codePoints) {
    String text = text();
    return text.codePointCount(0, text.length()) <= codePoints ? text : text.substring(0, text.offsetByCodePoints(0, codePoints));
  }

  /** Text without the braces that path templates reserve. */
  String withoutBraces() {
    String text = text().replace("{", "").replace("}", "");
    return text.isEmpty() ? "x" : text;
  }

  /** Text of exactly {@code codePoints} code points (Unicode characters, as {@code minLength} counts them). */
  String ofLength(int codePoints) {
    StringBuilder out = new StringBuilder();
    while (out.codePointCount(0, out.length()) < codePoints) {
      out.append(text());
    }
    return out.substring(0, out.offsetByCodePoints(0, codePoints));
  }

  private String repeated(int length) {
    StringBuilder out = new StringBuilder();
    while (out.length() < length) {
      out.append(draw.pick(HOSTILE_PIECES)).append(draw.pick(WORDS));
    }
    return out.toString();
  }
}
