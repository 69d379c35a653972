package dev.imagegen.generator.fuzz;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Short texts about errors and exceptions for failure kinds and details. */
final class Problems {

  /** Longest line worth printing in a detail; longer ones are cut. */
  static final int MAX_SHOWN_LINE = 300;

  private static final String GENERATOR_PACKAGE = "dev.imagegen.generator.";
  private static final String FUZZ_PACKAGE = "dev.imagegen.generator.fuzz.";

  private Problems() {}

  /** {@code ExceptionType at Class.method}: the first frame in the generator, else the first frame. */
  static String where(Throwable thrown) {
    StackTraceElement[] frames = thrown.getStackTrace();
    StackTraceElement frame = Arrays.stream(frames)
        .filter(f -> f.getClassName().startsWith(GENERATOR_PACKAGE) && !f.getClassName().startsWith(FUZZ_PACKAGE))
        .findFirst().orElse(frames.length > 0 ? frames[0] : null);
    String at = frame == null ? "" : " at " + frame.getClassName() + "." + frame.getMethodName();
    return thrown.getClass().getName() + at;
  }

  /** The exception, its causes and the top frames of each, cut to a readable size. */
  static String trace(Throwable thrown) {
    StringBuilder out = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      out.append(t == thrown ? "" : "caused by ").append(t.getClass().getName()).append(": ")
          .append(firstLines(String.valueOf(t.getMessage()), 5)).append('\n');
      Arrays.stream(t.getStackTrace()).limit(8).forEach(frame -> out.append("    at ").append(frame).append('\n'));
    }
    return out.toString().strip();
  }

  /** The first {@code count} lines of {@code text}, each cut to {@link #MAX_SHOWN_LINE} characters. */
  static String firstLines(String text, int count) {
    return text.lines().limit(count).map(Problems::cut).collect(Collectors.joining("\n"));
  }

  /** {@code line} cut to {@link #MAX_SHOWN_LINE} characters, with control and line-separator characters shown as escapes. */
  static String cut(String line) {
    String shown = line.length() > MAX_SHOWN_LINE ? line.substring(0, MAX_SHOWN_LINE) + "…[" + line.length() + " chars]" : line;
    StringBuilder out = new StringBuilder();
    shown.codePoints().forEach(c -> {
      if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029) {
        out.append(String.format("\\u%04x", c));
      } else {
        out.appendCodePoint(c);
      }
    });
    return out.toString();
  }

  /**
   * {@code reason} with quoted values and numbers masked, so that messages of one kind look alike:
   * {@code "abc" is not one of ["a", "b"]} becomes {@code "…" is not one of ["…", "…"]}, and
   * {@code length 3 is above maximum length 2} becomes {@code length N is above maximum length N}.
   */
  static String shape(String reason) {
    String masked = reason.replaceAll("\"(?:[^\"\\\\]|\\\\.)*+\"", "\"…\"").replaceAll("(?<![\\w-])-?\\d[\\d.E+-]*", "N");
    return masked.length() > 90 ? masked.substring(0, 90) + "…" : masked;
  }
}
