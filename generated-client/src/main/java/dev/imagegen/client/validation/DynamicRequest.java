package dev.imagegen.client.validation;

import dev.imagegen.client.ModelRequest;
import java.util.Map;

/** A request given as a map of wire names to values, for the dynamic {@code run(modelId, params)}. */
public final class DynamicRequest implements ModelRequest {

  /** A valid request of {@code params}; throws a {@link ValidationException} listing every violation. */
  public static DynamicRequest of(ModelRules rules, Map<String, ?> params) {
    throw new UnsupportedOperationException("TODO");
  }

  @Override
  public ModelRules rules() { throw new UnsupportedOperationException("TODO"); }

  @Override
  public Map<String, Object> toWireMap() { throw new UnsupportedOperationException("TODO"); }
}
