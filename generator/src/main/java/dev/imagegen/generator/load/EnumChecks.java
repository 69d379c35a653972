package dev.imagegen.generator.load;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.SpecLocation;
import java.math.BigDecimal;
import java.util.List;

/**
 * Checks the values of an enum parameter: at least one; all strings or all 64-bit integers; no
 * repeats; each a distinct Java constant.
 */
final class EnumChecks {

  private EnumChecks() {}

  static void check(ParameterSpec parameter, ErrorCollector errors) {
    List<Object> values = parameter.enumValues();
    SpecLocation valuesAt = parameter.location().child("values");
    if (values.isEmpty()) {
      errors.add(valuesAt, "an enum needs at least one value");
      return;
    }
    JavaNameChecks names = new JavaNameChecks(JavaNames::constantName, "Java constant", errors);
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
        names.check(String.valueOf(value), shown, shown + " at " + at.pointer(), at);
      }
    }
  }

  private static String kindOf(Object value) {
    return value instanceof String ? "a string" : "an integer";
  }
}
