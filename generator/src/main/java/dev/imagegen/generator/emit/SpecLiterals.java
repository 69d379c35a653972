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

  /** A spec value ({@code String}, {@code Long}, {@code BigDecimal} or {@code Boolean}) as its wire literal. */
  static CodeBlock wire(Object value) {
    if (value instanceof String) {
      return CodeBlock.of("$S", value);
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
        : CodeBlock.of("new $T($S)", BigDecimal.class, value.toString());
  }

  /**
   * One of {@code enumParameter}'s values as its wire literal: a {@code Long} in an integer enum,
   * otherwise a {@code String}.
   */
  static CodeBlock enumValue(ParameterSpec enumParameter, Object value) {
    return enumParameter.isIntegerEnum() ? wire(value) : CodeBlock.of("$S", String.valueOf(value));
  }

  /** An exact decimal bound as the string the runtime's rules take, such as {@code "0.1"}. */
  static CodeBlock decimal(BigDecimal value) {
    return CodeBlock.of("$S", value.toPlainString());
  }
}
