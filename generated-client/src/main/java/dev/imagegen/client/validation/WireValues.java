package dev.imagegen.client.validation;

import dev.imagegen.client.ImageInput;
import dev.imagegen.client.WireEnum;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a caller's value as the wire value its parameter's kind takes: the type check of validation.
 * Integers may come as any integral number, numbers as any finite number, string enums as a
 * {@link String} or a {@link WireEnum}, images as an {@link ImageInput}, a URL or base64 text.
 */
final class WireValues {

  private WireValues() {}

  static WireValue read(ParameterRule rule, Object value) {
    switch (rule.kind()) {
      case STRING:
        return value instanceof String ? WireValue.of(value) : expected("a string", value);
      case INTEGER:
        return integer(value);
      case NUMBER:
        return number(value);
      case BOOLEAN:
        return value instanceof Boolean ? WireValue.of(value) : expected("a boolean", value);
      case ENUM:
        return enumValue(rule, value);
      case IMAGE:
        return image(value);
      default:
        throw new AssertionError(rule.kind());
    }
  }

  private static WireValue integer(Object value) {
    Optional<BigDecimal> decimal = value instanceof Number ? Decimals.of((Number) value) : Optional.empty();
    if (decimal.isEmpty() || !Decimals.isIntegral(decimal.get())) {
      return expected("an integer", value);
    }
    return Decimals.longValue(decimal.get())
        .map(WireValue::of)
        .orElseGet(() -> WireValue.rejected(Decimals.shown(decimal.get()) + " is not a 64-bit integer"));
  }

  private static WireValue number(Object value) {
    if (!(value instanceof Number)) {
      return expected("a number", value);
    }
    // A decimal beyond a double's range, such as 1E+500, would go out as Infinity, which JSON cannot hold.
    return Decimals.of((Number) value)
        .map(BigDecimal::doubleValue)
        .filter(Double::isFinite)
        .map(WireValue::of)
        .orElseGet(() -> expected("a finite number", value));
  }

  private static WireValue enumValue(ParameterRule rule, Object value) {
    if (value instanceof WireEnum) {
      return WireValue.of(((WireEnum) value).wireValue());
    }
    if (rule.isIntegerEnum()) {
      return integer(value);
    }
    return value instanceof String ? WireValue.of(value) : expected("a string", value);
  }

  private static WireValue image(Object value) {
    if (value instanceof ImageInput) {
      return WireValue.of(value);
    }
    if (!(value instanceof String)) {
      return expected("an image (ImageInput, URL or base64 text)", value);
    }
    try {
      return WireValue.of(ImageInput.of((String) value));
    } catch (IllegalArgumentException e) {
      return WireValue.rejected("is neither an http(s) URL nor base64 data");
    }
  }

  private static WireValue expected(String what, Object value) {
    return WireValue.rejected("expected " + what + ", got " + ValueText.of(value));
  }
}
