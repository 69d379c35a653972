package dev.imagegen.generator.load;

import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.ParameterType;
import dev.imagegen.generator.spec.SpecLocation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks one parameter beyond what the schema can say: bounds in order, a positive
 * {@code multipleOf}, and a default that fits the type and every constraint. A required parameter
 * cannot have a default: the caller always sends it, so a default would never apply.
 */
final class ParameterChecks {

  private final ParameterSpec parameter;
  private final ErrorCollector errors;

  private ParameterChecks(ParameterSpec parameter, ErrorCollector errors) {
    this.parameter = parameter;
    this.errors = errors;
  }

  static void check(ParameterSpec parameter, ErrorCollector errors) {
    new ParameterChecks(parameter, errors).check();
  }

  private void check() {
    switch (parameter.type()) {
      case INTEGER, NUMBER -> checkNumberBounds();
      case STRING -> checkLengthBounds();
      case ENUM -> EnumChecks.check(parameter, errors);
      case BOOLEAN, IMAGE -> {
        // Nothing beyond the default.
      }
    }
    parameter.defaultValue().ifPresent(this::checkDefault);
  }

  private void checkNumberBounds() {
    if (parameter.minimum().isPresent() && parameter.maximum().isPresent()
        && parameter.minimum().get().compareTo(parameter.maximum().get()) > 0) {
      errors.add(at("minimum"), SpecValues.show(parameter.minimum().get()) + " is above maximum " + SpecValues.show(parameter.maximum().get()));
    }
    parameter.multipleOf().filter(m -> m.signum() <= 0)
        .ifPresent(m -> errors.add(at("multipleOf"), SpecValues.show(m) + " is not a positive number"));
    checkSomeValueAllowed();
  }

  /** Between its bounds, a number parameter allows at least one value: an integer, a multiple of its step. */
  private void checkSomeValueAllowed() {
    if (parameter.minimum().isEmpty() || parameter.maximum().isEmpty()) {
      return;
    }
    BigDecimal minimum = parameter.minimum().get();
    BigDecimal maximum = parameter.maximum().get();
    boolean integer = parameter.type() == ParameterType.INTEGER;
    Optional<BigDecimal> step = parameter.multipleOf().filter(m -> m.signum() > 0);
    if (minimum.compareTo(maximum) > 0 || (step.isEmpty() && !integer)) {
      return;
    }
    BigDecimal unit = step.map(s -> integer ? wholeMultiple(s) : s).orElse(BigDecimal.ONE);
    BigDecimal smallest = minimum.divide(unit, 0, RoundingMode.CEILING).multiply(unit);
    if (smallest.compareTo(maximum) > 0) {
      String what = integer ? "integer" : "value";
      errors.add(parameter.location(), "no " + what + " from " + SpecValues.show(minimum) + " to " + SpecValues.show(maximum)
          + step.map(s -> " is a multiple of " + SpecValues.show(s)).orElse(" exists") + ", so no value is allowed");
    }
  }

  /** The smallest whole number that is a multiple of {@code step}: {@code 3} for {@code 1.5}, {@code 2} for {@code 2}. */
  private static BigDecimal wholeMultiple(BigDecimal step) {
    BigDecimal stripped = step.stripTrailingZeros();
    if (stripped.scale() <= 0) {
      return stripped;
    }
    BigInteger unscaled = stripped.unscaledValue();
    BigInteger power = BigInteger.TEN.pow(stripped.scale());
    return new BigDecimal(unscaled.divide(unscaled.gcd(power)));
  }

  private void checkLengthBounds() {
    if (parameter.minLength().isPresent() && parameter.maxLength().isPresent()
        && parameter.minLength().getAsInt() > parameter.maxLength().getAsInt()) {
      errors.add(at("minLength"), parameter.minLength().getAsInt() + " is above maxLength " + parameter.maxLength().getAsInt());
    }
  }

  private void checkDefault(Object value) {
    SpecLocation at = at("default");
    if (parameter.required()) {
      errors.add(at, "a required parameter cannot have a default");
    }
    String shown = SpecValues.show(value);
    switch (parameter.type()) {
      case STRING -> {
        if (value instanceof String text) {
          checkLength(text, at);
        } else {
          errors.add(at, shown + " is not a string");
        }
      }
      case INTEGER -> {
        if (value instanceof Long) {
          checkRange((Long) value, at);
        } else {
          errors.add(at, shown + (value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0
              ? " does not fit in a 64-bit integer" : " is not an integer"));
        }
      }
      case NUMBER -> {
        if (SpecValues.isNumber(value)) {
          checkRange(value, at);
        } else {
          errors.add(at, shown + " is not a number");
        }
      }
      case BOOLEAN -> {
        if (!(value instanceof Boolean)) {
          errors.add(at, shown + " is not a boolean");
        }
      }
      case ENUM -> {
        if (!parameter.enumValues().isEmpty() && !parameter.enumValues().contains(value)) {
          errors.add(at, shown + " is not one of " + parameter.enumValues().stream().map(SpecValues::show).collect(Collectors.joining(", ")));
        }
      }
      case IMAGE -> errors.add(at, "an image parameter cannot have a default");
    }
  }

  private void checkRange(Object number, SpecLocation at) {
    BigDecimal value = SpecValues.decimal(number);
    String shown = SpecValues.show(number);
    parameter.minimum().filter(min -> value.compareTo(min) < 0)
        .ifPresent(min -> errors.add(at, shown + " is below minimum " + SpecValues.show(min)));
    parameter.maximum().filter(max -> value.compareTo(max) > 0)
        .ifPresent(max -> errors.add(at, shown + " is above maximum " + SpecValues.show(max)));
    parameter.multipleOf()
        .filter(step -> step.signum() > 0 && value.remainder(step).signum() != 0)
        .ifPresent(step -> errors.add(at, shown + " is not a multiple of " + SpecValues.show(step)));
  }

  private void checkLength(String text, SpecLocation at) {
    int length = text.codePointCount(0, text.length());
    parameter.minLength().stream().filter(min -> length < min)
        .forEach(min -> errors.add(at, SpecValues.show(text) + " is shorter than minLength " + min));
    parameter.maxLength().stream().filter(max -> length > max)
        .forEach(max -> errors.add(at, SpecValues.show(text) + " is longer than maxLength " + max));
  }

  private SpecLocation at(String field) {
    return parameter.location().child(field);
  }
}
