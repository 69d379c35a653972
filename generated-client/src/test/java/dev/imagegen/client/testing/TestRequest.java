package dev.imagegen.client.testing;

import dev.imagegen.client.ModelRequest;
import dev.imagegen.client.validation.ModelRules;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stands in for a generated request type: a wire map given as is, not validated on creation, so that
 * tests can check that the runtime validates before sending.
 */
public final class TestRequest implements ModelRequest {

  private final ModelRules rules;
  private final Map<String, Object> wireMap;

  private TestRequest(ModelRules rules, Map<String, Object> wireMap) {
    this.rules = rules;
    this.wireMap = Collections.unmodifiableMap(wireMap);
  }

  /** {@code keysAndValues}: name, value, name, value... in wire order; fixed fields are added first. */
  public static TestRequest of(ModelRules rules, Object... keysAndValues) {
    Map<String, Object> wireMap = new LinkedHashMap<>(rules.fixedFields());
    for (int i = 0; i < keysAndValues.length; i += 2) {
      wireMap.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return new TestRequest(rules, wireMap);
  }

  /** A valid request of {@link TestRules#FLUX}. */
  public static TestRequest flux() {
    return of(TestRules.FLUX, "prompt", "a tiger", "steps", 4L);
  }

  @Override
  public ModelRules rules() {
    return rules;
  }

  @Override
  public Map<String, Object> toWireMap() {
    return wireMap;
  }
}
