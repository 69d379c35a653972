package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.generator.spec.SpecLocation;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.Map;

/**
 * Refuses numbers no image API needs and no generated literal should hold: more than
 * {@value #MAX_DIGITS} significant digits, or a magnitude of {@code 1e}{@value #MAX_EXPONENT} or more
 * (or a non-zero one below {@code 1e-}{@value #MAX_EXPONENT}). Without the bound, a {@code maximum} of
 * {@code 1e999999} would be written out digit by digit.
 */
final class NumberBounds {

  static final int MAX_DIGITS = 100;
  static final int MAX_EXPONENT = 1000;

  private NumberBounds() {}

  /** Reports every number of {@code root} out of bounds; true when there was none. */
  static boolean check(SpecFile file, JsonNode root, ErrorCollector errors) {
    int before = errors.count();
    visit(file.location(), root, errors);
    return errors.count() == before;
  }

  private static void visit(SpecLocation at, JsonNode node, ErrorCollector errors) {
    if (node.isNumber()) {
      BigDecimal value = node.decimalValue();
      if (!withinBounds(value)) {
        errors.add(at, SpecValues.show(value) + " is out of the numbers a spec may hold (at most "
            + MAX_DIGITS + " significant digits, magnitude between 1e-" + MAX_EXPONENT + " and 1e" + MAX_EXPONENT + ")");
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        visit(at.child(field.getKey()), field.getValue(), errors);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visit(at.child(i), node.get(i), errors);
      }
    }
  }

  private static boolean withinBounds(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    // precision - scale - 1 is the power of ten of the leading digit: 2 for 512, -3 for 0.00125.
    long exponent = (long) value.precision() - value.scale() - 1;
    return value.stripTrailingZeros().precision() <= MAX_DIGITS && Math.abs(exponent) < MAX_EXPONENT;
  }
}
