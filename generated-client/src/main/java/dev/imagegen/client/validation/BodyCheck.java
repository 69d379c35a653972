package dev.imagegen.client.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One pass of validation over a body given as a map: each parameter in rule order, then each key
 * that is no parameter, in the map's order. Keeps the wire values it read along the way.
 */
final class BodyCheck {

  /** Whether the map may hold the model's fixed fields, as a request's own wire map does. */
  enum FixedFields { ALLOWED, REFUSED }

  private final List<Violation> violations = new ArrayList<>();
  private final Map<String, Object> wireValues = new LinkedHashMap<>();

  private BodyCheck() {}

  static BodyCheck of(ModelRules rules, Map<String, ?> values, FixedFields fixedFields) {
    BodyCheck check = new BodyCheck();
    for (ParameterRule rule : rules.parameters()) {
      check.parameter(rule, values.get(rule.name()));
    }
    for (String key : values.keySet()) {
      check.key(rules, key, fixedFields);
    }
    return check;
  }

  private void parameter(ParameterRule rule, Object value) {
    if (value == null) {
      if (rule.required()) {
        violations.add(Violation.at(rule.name(), "is required"));
      }
      return;
    }
    WireValue wire = WireValues.read(rule, value);
    if (wire.isRejected()) {
      violations.add(Violation.at(rule.name(), wire.problem()));
      return;
    }
    Constraints.problems(rule, wire.value()).forEach(problem -> violations.add(Violation.at(rule.name(), problem)));
    wireValues.put(rule.name(), wire.value());
  }

  private void key(ModelRules rules, String key, FixedFields fixedFields) {
    if (rules.parameter(key).isPresent()) {
      return;
    }
    if (!rules.fixedFields().containsKey(key)) {
      violations.add(Violation.at(key, "is not a parameter of " + rules.modelId()));
    } else if (fixedFields == FixedFields.REFUSED) {
      violations.add(Violation.at(key, "is fixed by the model and cannot be set"));
    }
  }

  List<Violation> violations() {
    return Collections.unmodifiableList(violations);
  }

  /** The parameters' values in wire form, in rule order; fixed fields are not among them. */
  Map<String, Object> wireValues() {
    return Collections.unmodifiableMap(wireValues);
  }
}
