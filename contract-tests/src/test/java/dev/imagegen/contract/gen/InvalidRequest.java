package dev.imagegen.contract.gen;

import dev.imagegen.contract.spec.ModelUnderTest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A valid request with exactly one constraint broken, and the complete message the client must give. */
public record InvalidRequest(ModelUnderTest model, Map<String, Object> params, Break broken) {

  public InvalidRequest {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  /** {@code Invalid flux-schnell request: 1 violation\n  /steps: 9 is above maximum 8}. */
  public String expectedMessage() {
    return "Invalid " + model.model().id() + " request: 1 violation\n  " + broken.path() + ": " + broken.message();
  }

  @Override
  public String toString() {
    return model.id() + " " + broken.kind() + " at " + broken.path() + " " + ValidRequest.describe(params);
  }
}
