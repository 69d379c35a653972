package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.generator.spec.SpecLocation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses values no image API needs and no generated literal should hold, anywhere in a spec file:
 * a number of more than {@value SpecLimits#NUMBER_DIGITS} significant digits or a magnitude of
 * {@code 1e}{@value SpecLimits#NUMBER_EXPONENT} or more (or a non-zero one below its inverse); a text
 * of more than {@value SpecLimits#TEXT_LENGTH} characters, prose aside (a description or summary
 * only reaches Javadoc and the exports' descriptions, a source only a Javadoc link, and a note nothing
 * generated); and a field name of more than {@value SpecLimits#NAME_LENGTH} characters. Without the
 * bounds a {@code maximum} of {@code 1e999999} would be written out digit by digit, and a long title
 * would overflow a class file's string constant.
 */
final class ValueBounds {

  private static final Set<String> PROSE = Set.of("description", "summary", "note", "source");

  private ValueBounds() {}

  /** Reports every value of {@code root} out of bounds to {@code collector}, and returns them: none when all are in bounds. */
  static List<SpecError> check(SpecFile file, JsonNode root, ErrorCollector collector) {
    List<SpecError> errors = new ArrayList<>();
    visit(file.location(), "", root, errors);
    errors.forEach(error -> collector.add(error.location(), error.reason()));
    return errors;
  }

  private static void visit(SpecLocation at, String fieldName, JsonNode node, List<SpecError> errors) {
    if (node.isNumber() && !withinBounds(node.decimalValue())) {
      errors.add(new SpecError(at, SpecValues.show(node.decimalValue()) + " is out of the numbers a spec may hold (at most "
          + SpecLimits.NUMBER_DIGITS + " significant digits, magnitude between 1e-" + SpecLimits.NUMBER_EXPONENT
          + " and 1e" + SpecLimits.NUMBER_EXPONENT + ")"));
    } else if (node.isTextual() && !PROSE.contains(fieldName) && length(node.textValue()) > SpecLimits.TEXT_LENGTH) {
      errors.add(new SpecError(at, "is " + length(node.textValue()) + " characters long; at most " + SpecLimits.TEXT_LENGTH
          + " are allowed, since it becomes a string constant of the generated code"));
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (length(field.getKey()) > SpecLimits.NAME_LENGTH) {
          errors.add(new SpecError(at.child(field.getKey()), "the name is " + length(field.getKey()) + " characters long; at most "
              + SpecLimits.NAME_LENGTH + " are allowed, since it names generated code"));
        } else {
          visit(at.child(field.getKey()), field.getKey(), field.getValue(), errors);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        visit(at.child(i), fieldName, node.get(i), errors);
      }
    }
  }

  private static boolean withinBounds(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    // precision - scale - 1 is the power of ten of the leading digit: 2 for 512, -3 for 0.00125.
    long exponent = (long) value.precision() - value.scale() - 1;
    return value.stripTrailingZeros().precision() <= SpecLimits.NUMBER_DIGITS
        && Math.abs(exponent) < SpecLimits.NUMBER_EXPONENT;
  }

  /** Characters as JSON Schema counts them: code points. */
  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
