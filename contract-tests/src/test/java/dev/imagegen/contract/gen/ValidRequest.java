package dev.imagegen.contract.gen;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.export.SpecJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request its model's spec allows, as the map the dynamic API takes; omitted optional parameters
 * are simply not in the map.
 */
public record ValidRequest(ModelUnderTest model, Map<String, Object> params) {

  public ValidRequest {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /**
   * The body the client must send: the model's fixed fields, then each given parameter in its wire
   * form, and nothing else. An omitted optional parameter is absent, never {@code null} and never its
   * default: the server applies its own default (specs/README.md, "Decisions").
   */
  public Map<String, JsonNode> expectedBody() {
    Map<String, JsonNode> body = new LinkedHashMap<>();
    model.model().fixedFields().forEach((name, value) -> body.put(name, SpecJson.value(value)));
    params.forEach((name, value) -> body.put(name, WireForm.of(value)));
    return body;
  }

  /** {@code segmind/flux-schnell {prompt="a" (String), steps=4 (Long)}}: each value with its Java type. */
  @Override
  public String toString() {
    return model.id() + " " + describe(params);
  }

  static String describe(Map<String, Object> params) {
    return params.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + shown(entry.getValue()))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  private static String shown(Object value) {
    if (value == null) {
      return "null";
    }
    String text = value instanceof String string ? '"' + escaped(string) + '"' : value.toString();
    return text + " (" + value.getClass().getSimpleName() + ")";
  }

  /** Control characters spelt out, so that a counterexample prints on one line. */
  private static String escaped(String text) {
    return text.replace("\n", "\\n").replace("\t", "\\t").replace("\0", "\\0");
  }
}
