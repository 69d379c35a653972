package dev.imagegen.generator.diff;

import dev.imagegen.generator.spec.ParameterSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The changes of one parameter present in both spec sets.
 *
 * <p>A changed default is minor: no valid request or line of code stops working, but a caller who
 * leaves the parameter out now gets a different result, which deserves more than a patch.
 */
final class ParameterDiff {

  private ParameterDiff() {}

  static void compare(ChangeSink sink, ParameterSpec before, ParameterSpec after) {
    if (before.type() != after.type()) {
      sink.add(ChangeLevel.BREAKING,
          "type " + before.type().specName() + " -> " + after.type().specName() + " (changed type)");
    }
    if (!before.required() && after.required()) {
      sink.add(ChangeLevel.BREAKING, "now required (newly required parameter)");
    } else if (before.required() && !after.required()) {
      sink.add(ChangeLevel.MINOR, "no longer required");
    }
    RangeDiff.lowerBound(sink, "minimum", before.minimum(), after.minimum());
    RangeDiff.upperBound(sink, "maximum", before.maximum(), after.maximum());
    RangeDiff.step(sink, "multipleOf", before.multipleOf(), after.multipleOf());
    RangeDiff.lowerBound(sink, "minLength", decimal(before.minLength()), decimal(after.minLength()));
    RangeDiff.upperBound(sink, "maxLength", decimal(before.maxLength()), decimal(after.maxLength()));
    sink.ifMembersChanged("enum value", before.enumValues(), after.enumValues(), ChangeLevel.BREAKING, ChangeLevel.MINOR);
    sink.ifMembersChanged("image form", forms(before), forms(after), ChangeLevel.BREAKING, ChangeLevel.MINOR);
    sink.ifChanged(ChangeLevel.MINOR, "default", before.defaultValue(), after.defaultValue(), " (changed default)");
    sink.ifTextChanged("description", before.description(), after.description());
    sink.ifTextChanged("note", before.note(), after.note());
  }

  private static Optional<BigDecimal> decimal(OptionalInt value) {
    return value.isPresent() ? Optional.of(BigDecimal.valueOf(value.getAsInt())) : Optional.empty();
  }

  /** The image forms in a fixed order, by their spec names ({@code url}, {@code base64}). */
  private static List<String> forms(ParameterSpec parameter) {
    return parameter.imageForms().stream().sorted().map(form -> form.name().toLowerCase(Locale.ROOT)).toList();
  }
}
