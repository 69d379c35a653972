package dev.imagegen.generator.load;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.ParameterType;
import dev.imagegen.generator.spec.SpecLocation;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Checks one parameter beyond what the schema can say: bounds in order, a positive
 * {@code multipleOf}, an enum's values, and a default that fits the type and every constraint, each misfit worded as
 * the client's validator words it for a caller's value ({@link ValueReasons}). A required parameter
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
      case ENUM -> checkEnumValues();
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

  /** At least one value; all strings or all 64-bit integers; no repeats; each a distinct Java constant. */
  private void checkEnumValues() {
    List<Object> values = parameter.enumValues();
    SpecLocation valuesAt = at("values");
    if (values.isEmpty()) {
      errors.add(valuesAt, "an enum needs at least one value");
      return;
    }
    JavaNameChecks names = JavaNameChecks.atLaterNames(JavaNames::constantName, "Java constant", errors);
    for (int i = 0; i < values.size(); i++) {
      Object value = values.get(i);
      SpecLocation at = valuesAt.child(i);
      int first = values.indexOf(value);
      if (value instanceof BigDecimal) {
        // The schema lets only integers through, so this one is beyond what a Long holds.
        errors.add(at, ValueReasons.notALong(SpecValues.show(value)));
      } else if (value instanceof String != values.get(0) instanceof String) {
        errors.add(at, SpecValues.show(value) + " is " + kindOf(value) + " but the first value is " + kindOf(values.get(0))
            + "; an enum's values are all strings or all integers");
      } else if (first < i) {
        errors.add(at, SpecValues.show(value) + " is already listed at " + valuesAt.child(first).pointer());
      } else {
        String shown = SpecValues.show(value);
        names.add(String.valueOf(value), shown, shown + " at " + at.pointer(), at);
      }
    }
    names.report();
  }

  private static String kindOf(Object value) {
    return value instanceof String ? "a string" : "an integer";
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
    if (parameter.type() == ParameterType.IMAGE) {
      errors.add(at, "an image parameter cannot have a default");
      return;
    }
    Optional<String> wrongType = typeProblem(value);
    if (wrongType.isPresent()) {
      errors.add(at, wrongType.get());
      return;
    }
    switch (parameter.type()) {
      case STRING -> checkLength((String) value, at);
      case INTEGER, NUMBER -> checkRange(value, at);
      case ENUM -> checkAllowed(value, at);
      case BOOLEAN, IMAGE -> {
        // A boolean has nothing beyond its type; an image's default is refused above.
      }
    }
  }

  /** Why {@code value} is not of the parameter's type, as the client's validator says of a caller's value; empty when it is. */
  private Optional<String> typeProblem(Object value) {
    String shown = SpecValues.show(value);
    List<Object> allowed = parameter.enumValues();
    return switch (parameter.type()) {
      case STRING -> expected(value instanceof String, "a string", shown);
      case INTEGER -> integerProblem(value, shown);
      case NUMBER -> expected(SpecValues.isNumber(value), "a number", shown);
      case BOOLEAN -> expected(value instanceof Boolean, "a boolean", shown);
      // The first value sets an enum's kind, as in the client; checkEnumValues reports an empty or mixed list.
      case ENUM -> allowed.isEmpty() ? Optional.empty()
          : allowed.get(0) instanceof String ? expected(value instanceof String, "a string", shown) : integerProblem(value, shown);
      case IMAGE -> Optional.empty();
    };
  }

  private static Optional<String> expected(boolean ofType, String what, String shown) {
    return ofType ? Optional.empty() : Optional.of(ValueReasons.expected(what, shown));
  }

  private static Optional<String> integerProblem(Object value, String shown) {
    if (value instanceof Long) {
      return Optional.empty();
    }
    boolean whole = value instanceof BigDecimal d && d.stripTrailingZeros().scale() <= 0;
    return Optional.of(whole ? ValueReasons.notALong(shown) : ValueReasons.expected("an integer", shown));
  }

  private void checkRange(Object number, SpecLocation at) {
    BigDecimal value = SpecValues.decimal(number);
    String shown = SpecValues.show(number);
    parameter.minimum().filter(min -> value.compareTo(min) < 0)
        .ifPresent(min -> errors.add(at, ValueReasons.belowMinimum(shown, SpecValues.show(min))));
    parameter.maximum().filter(max -> value.compareTo(max) > 0)
        .ifPresent(max -> errors.add(at, ValueReasons.aboveMaximum(shown, SpecValues.show(max))));
    parameter.multipleOf()
        .filter(step -> step.signum() > 0 && value.remainder(step).signum() != 0)
        .ifPresent(step -> errors.add(at, ValueReasons.notAMultiple(shown, SpecValues.show(step))));
  }

  private void checkLength(String text, SpecLocation at) {
    int length = text.codePointCount(0, text.length());
    parameter.minLength().stream().filter(min -> length < min)
        .forEach(min -> errors.add(at, ValueReasons.belowMinLength(length, min)));
    parameter.maxLength().stream().filter(max -> length > max)
        .forEach(max -> errors.add(at, ValueReasons.aboveMaxLength(length, max)));
  }

  private void checkAllowed(Object value, SpecLocation at) {
    List<Object> allowed = parameter.enumValues();
    if (!allowed.isEmpty() && !allowed.contains(value)) {
      errors.add(at, ValueReasons.notOneOf(SpecValues.show(value), allowed.stream().map(SpecValues::show).toList()));
    }
  }

  private SpecLocation at(String field) {
    return parameter.location().child(field);
  }
}
