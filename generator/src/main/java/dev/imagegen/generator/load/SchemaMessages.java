package dev.imagegen.generator.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import dev.imagegen.generator.spec.SpecLocation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * Turns the schema validator's messages into short reasons a spec writer can act on, each at the
 * element it concerns: an unknown field is reported at that field, with the known ones listed.
 *
 * <p>When the field that selects the shape of an object is wrong or missing (a file's {@code kind},
 * {@code async.protocol}, a parameter's {@code type}), only that field is reported for the object:
 * the schema would otherwise check the object against a shape its writer did not mean, and every
 * message of that check would be noise.
 */
final class SchemaMessages {

  /** Objects, by pointer pattern, and the field that selects their shape. */
  private static final Map<Pattern, String> SHAPE_FIELDS =
      Map.of(
          Pattern.compile(""), "kind",
          Pattern.compile("/async"), "protocol",
          Pattern.compile("/parameters/[^/]+"), "type");

  private final JsonNode schema;

  SchemaMessages(JsonNode schema) {
    this.schema = schema;
  }

  /** The problems {@code violations} describe, without the noise of a wrongly shaped object and without repeats. */
  List<SpecError> describe(SpecFile file, Set<ValidationMessage> violations) {
    Set<String> unshaped = new LinkedHashSet<>();
    for (ValidationMessage v : violations) {
      shapedObject(v).ifPresent(unshaped::add);
    }
    Set<SpecError> errors = new LinkedHashSet<>();
    for (ValidationMessage v : violations) {
      if (!hiddenBy(unshaped, v)) {
        errors.addAll(translate(file, v));
      }
    }
    return List.copyOf(errors);
  }

  /** The object whose shape {@code v} leaves unknown, when {@code v} is about a shape-selecting field. */
  private static Optional<String> shapedObject(ValidationMessage v) {
    String at = instance(v);
    if (v.getType().equals("required")) {
      return selectsShape(at, v.getProperty()) ? Optional.of(at) : Optional.empty();
    }
    int slash = at.lastIndexOf('/');
    // A const on the field comes from the branch a wrong value led into; the enum beside it says more.
    if (slash < 0 || v.getType().equals("const")) {
      return Optional.empty();
    }
    String object = at.substring(0, slash);
    return selectsShape(object, at.substring(slash + 1)) ? Optional.of(object) : Optional.empty();
  }

  private static boolean selectsShape(String object, String field) {
    return SHAPE_FIELDS.entrySet().stream()
        .anyMatch(e -> e.getValue().equals(field) && e.getKey().matcher(object).matches());
  }

  private static boolean hiddenBy(Set<String> unshaped, ValidationMessage v) {
    String at = instance(v);
    boolean inUnshaped = unshaped.stream().anyMatch(object -> at.equals(object) || at.startsWith(object + "/"));
    return inUnshaped && shapedObject(v).isEmpty();
  }

  private List<SpecError> translate(SpecFile file, ValidationMessage v) {
    SpecLocation at = file.at(instance(v));
    JsonNode value = v.getInstanceNode();
    JsonNode rule = v.getSchemaNode();
    return switch (v.getType()) {
      case "required" -> List.of(new SpecError(at, "missing required field \"" + v.getProperty() + "\""));
      case "additionalProperties" ->
          List.of(new SpecError(at.child(v.getProperty()), "unknown field; known fields: " + knownFields(v)));
      case "propertyNames" ->
          List.of(new SpecError(at.child(v.getProperty()), "the name does not match " + rule.path("pattern").asText()));
      case "enum" -> List.of(new SpecError(at, ValueReasons.notOneOf(SpecValues.show(value), list(rule))));
      case "const" -> List.of(new SpecError(at, "must be " + SpecValues.show(rule)));
      case "type" -> List.of(new SpecError(at, "expected " + types(rule) + ", found " + describe(value)));
      case "pattern" -> List.of(new SpecError(at, SpecValues.show(value) + " does not match " + rule.asText()));
      case "minimum" -> List.of(new SpecError(at, ValueReasons.belowMinimum(SpecValues.show(value), SpecValues.show(rule))));
      case "maximum" -> List.of(new SpecError(at, ValueReasons.aboveMaximum(SpecValues.show(value), SpecValues.show(rule))));
      case "minLength" -> List.of(new SpecError(at, "must not be shorter than " + count(rule.asInt(), "character")));
      case "minItems" -> List.of(new SpecError(at, "needs at least " + count(rule.asInt(), "item")));
      case "minProperties" -> List.of(new SpecError(at, "needs at least " + count(rule.asInt(), "field")));
      case "maxLength" -> List.of(new SpecError(at, "is " + count(value.asText().codePointCount(0, value.asText().length()), "character")
          + " long; at most " + rule.asInt() + " are allowed"));
      case "maxItems" -> List.of(new SpecError(at, "has " + count(value.size(), "item") + "; at most " + rule.asInt()
          + " are allowed"));
      case "maxProperties" -> List.of(new SpecError(at, "has " + count(value.size(), "field") + "; at most "
          + rule.asInt() + " are allowed"));
      case "uniqueItems" -> repeatedItems(at, value);
      case "not" -> forbiddenFields(at, value, rule);
      default -> List.of(new SpecError(at, v.getError()));
    };
  }

  /** The fields declared next to the {@code additionalProperties} that refused one. */
  private String knownFields(ValidationMessage v) {
    String keyword = v.getSchemaLocation().toString();
    String fragment = keyword.substring(keyword.indexOf('#') + 1);
    JsonNode properties = schema.at(fragment.substring(0, fragment.lastIndexOf('/')) + "/properties");
    return String.join(", ", (Iterable<String>) properties::fieldNames);
  }

  private static List<SpecError> repeatedItems(SpecLocation at, JsonNode array) {
    List<SpecError> errors = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      for (int first = 0; first < i; first++) {
        if (array.get(first).equals(array.get(i))) {
          errors.add(new SpecError(at.child(i), SpecValues.show(array.get(i)) + " is already listed at " + at.child(first).pointer()));
          break;
        }
      }
    }
    return errors;
  }

  /**
   * A {@code not} in the schema forbids fields that other fields rule out (a parameter's
   * {@code values} unless its type is enum); each forbidden field present is reported at itself.
   */
  private static List<SpecError> forbiddenFields(SpecLocation at, JsonNode object, JsonNode rule) {
    String why = object.path("type").isTextual() ? "not allowed for type \"" + object.get("type").asText() + "\"" : "not allowed here";
    return rule.findValues("required").stream()
        .flatMap(required -> StreamSupport.stream(required.spliterator(), false))
        .map(JsonNode::asText)
        .filter(object::has)
        .map(field -> new SpecError(at.child(field), why))
        .toList();
  }

  private static String instance(ValidationMessage v) {
    return v.getInstanceLocation().toString();
  }

  private static List<String> list(JsonNode values) {
    return StreamSupport.stream(values.spliterator(), false).map(SpecValues::show).toList();
  }

  private static String types(JsonNode rule) {
    return rule.isArray()
        ? StreamSupport.stream(rule.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(" or "))
        : rule.asText();
  }

  private static String describe(JsonNode value) {
    if (value.isObject()) {
      return "an object";
    }
    return value.isArray() ? "an array" : SpecValues.show(value);
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
