package dev.imagegen.client.validation;

import dev.imagegen.client.ModelRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A request given as a map of wire names to values, for the dynamic {@code run(modelId, params)}.
 * It is checked by the same rules as the generated request types, with looser Java types: any
 * integral number for an integer, a {@link String} for an enum or an image, and so on.
 *
 * <pre>{@code
 * DynamicRequest request = DynamicRequest.of(rules, Map.of("prompt", "a tiger", "steps", 4));
 * }</pre>
 */
public final class DynamicRequest implements ModelRequest {

  private final ModelRules rules;
  private final Map<String, Object> wireMap;

  private DynamicRequest(ModelRules rules, Map<String, Object> wireMap) {
    this.rules = rules;
    this.wireMap = wireMap;
  }

  /**
   * A valid request of {@code params}; throws a {@link ValidationException} listing every violation,
   * including keys that are no parameter of the model and the model's fixed fields.
   */
  public static DynamicRequest of(ModelRules rules, Map<String, ?> params) {
    Objects.requireNonNull(params, "params");
    BodyCheck check = BodyCheck.of(rules, params, BodyCheck.FixedFields.REFUSED);
    if (!check.violations().isEmpty()) {
      throw new ValidationException(rules.modelId(), check.violations());
    }
    Map<String, Object> wireMap = new LinkedHashMap<>(rules.fixedFields());
    wireMap.putAll(check.wireValues());
    return new DynamicRequest(rules, Collections.unmodifiableMap(wireMap));
  }

  @Override
  public ModelRules rules() {
    return rules;
  }

  /** Fixed fields first, then the given parameters in rule order, each in its wire form. */
  @Override
  public Map<String, Object> toWireMap() {
    return wireMap;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DynamicRequest
        && rules.modelId().equals(((DynamicRequest) other).rules.modelId())
        && wireMap.equals(((DynamicRequest) other).wireMap);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules.modelId(), wireMap);
  }

  @Override
  public String toString() {
    return "DynamicRequest{" + rules.modelId() + ", " + wireMap + '}';
  }
}
