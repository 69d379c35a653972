package dev.imagegen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import dev.imagegen.generator.spec.ParameterSpec;
import java.math.BigDecimal;

/** Spec values as Java literals of the types the runtime sends: {@code String}, {@code Long}, {@code Double}, {@code Boolean}. */
final class SpecLiterals {

  private SpecLiterals() {}

  /** A spec value ({@code String}, {@code Long}, {@code BigDecimal} or {@code Boolean}) as its wire literal. */
  static CodeBlock wire(Object value) {
    if (value instanceof String) {
      return CodeBlock.of("$S", value);
    }
    if (value instanceof Long) {
      return CodeBlock.of("$LL", value);
    }
    if (value instanceof BigDecimal) {
      return CodeBlock.of("$L", Double.toString(((BigDecimal) value).doubleValue()));
    }
    if (value instanceof Boolean) {
      return CodeBlock.of("$L", value);
    }
    throw new IllegalArgumentException("not a spec value: " + value + " (" + value.getClass().getName() + ")");
  }

  /**
   * One of {@code enumParameter}'s values as its wire literal: a {@code Long} in an integer enum,
   * otherwise a {@code String} (so a stray number in a string enum is sent as text).
   */
  static CodeBlock enumValue(ParameterSpec enumParameter, Object value) {
    return enumParameter.isIntegerEnum() ? wire(value) : CodeBlock.of("$S", String.valueOf(value));
  }

  /** An exact decimal bound as the string the runtime's rules take, such as {@code "0.1"}. */
  static CodeBlock decimal(BigDecimal value) {
    return CodeBlock.of("$S", value.toPlainString());
  }
}
