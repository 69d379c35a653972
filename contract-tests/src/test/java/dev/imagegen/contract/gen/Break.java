package dev.imagegen.contract.gen;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One constraint broken alone, and the violation the client must report for it.
 *
 * @param kind what is broken, such as {@code below-minimum}; the summary counts kinds
 * @param field the body field at fault
 * @param removes true when the break leaves the field out
 * @param value the value put in the field; null (with {@code removes} false) sends an explicit null
 * @param message the violation message, such as {@code 9 is above maximum 8}
 */
public record Break(String kind, String field, boolean removes, Object value, String message) {

  static Break missing(String field) {
    return new Break("required-missing", field, true, null, "is required");
  }

  static Break nullValue(String field) {
    return new Break("required-null", field, false, null, "is required");
  }

  static Break value(String kind, String field, Object value, String message) {
    return new Break(kind, field, false, value, message);
  }

  /** {@code params} with this break applied. */
  Map<String, Object> applyTo(Map<String, Object> params) {
    Map<String, Object> broken = new LinkedHashMap<>(params);
    if (removes) {
      broken.remove(field);
    } else {
      broken.put(field, value);
    }
    return broken;
  }

  /** The JSON Pointer of the violation: {@code /steps}. */
  public String path() {
    return "/" + field;
  }
}
