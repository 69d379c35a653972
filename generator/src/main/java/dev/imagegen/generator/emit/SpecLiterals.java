package dev.imagegen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import dev.imagegen.generator.spec.ParameterSpec;
import java.math.BigDecimal;

/**
 * Spec values as Java literals of the types the runtime sends: {@code String}, {@code Long},
 * {@code Double}, {@code Boolean}; a decimal that no {@code double} holds exactly, such as
 * {@code 1e400}, stays a {@code BigDecimal}.
 */
final class SpecLiterals {

  private SpecLiterals() {}

  /**
   * {@code text} as a Java string literal that holds it exactly. Everything outside printable ASCII
   * is escaped, because JavaPoet would break the line at a character such as U+2028 and a raw control
   * character is easy to lose. Below U+0100 the escapes are octal: javac reads a Unicode escape
   * before it reads the literal, so the Unicode escape of a line break or a quote would end the string.
   */
  static CodeBlock string(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        literal.append('\\').append(c);
      } else if (c >= 0x20 && c < 0x7f) {
        literal.append(c);
      } else if (c < 0x100) {
        literal.append(String.format("\\%03o", (int) c));
      } else {
        literal.append(String.format("\\u%04x", (int) c));
      }
    }
    return CodeBlock.of("$L", literal.append('"'));
  }

  /** A spec value ({@code String}, {@code Long}, {@code BigDecimal} or {@code Boolean}) as its wire literal. */
  static CodeBlock wire(Object value) {
    if (value instanceof String) {
      return string((String) value);
    }
    if (value instanceof Long) {
      return CodeBlock.of("$LL", value);
    }
    if (value instanceof BigDecimal) {
      return number((BigDecimal) value);
    }
    if (value instanceof Boolean) {
      return CodeBlock.of("$L", value);
    }
    throw new IllegalArgumentException("not a spec value: " + value + " (" + value.getClass().getName() + ")");
  }

  private static CodeBlock number(BigDecimal value) {
    double approximation = value.doubleValue();
    boolean exact = Double.isFinite(approximation) && new BigDecimal(Double.toString(approximation)).compareTo(value) == 0;
    return exact
        ? CodeBlock.of("$L", Double.toString(approximation))
        : CodeBlock.of("new $T($L)", BigDecimal.class, string(value.toString()));
  }

  /**
   * One of {@code enumParameter}'s values as its wire literal: a {@code Long} in an integer enum,
   * otherwise a {@code String}.
   */
  static CodeBlock enumValue(ParameterSpec enumParameter, Object value) {
    return enumParameter.isIntegerEnum() ? wire(value) : string(String.valueOf(value));
  }

  /** An exact decimal bound as the string the runtime's rules take, such as {@code "0.1"}. */
  static CodeBlock decimal(BigDecimal value) {
    return string(value.toPlainString());
  }
}
