package dev.imagegen.client.validation;

import dev.imagegen.client.error.ImageGenException;
import java.util.List;

/**
 * Thrown before any HTTP call when a request breaks its model's rules; lists every violation.
 *
 * <pre>
 * Invalid flux-schnell request: 2 violations
 *   /prompt: is required
 *   /steps: 9 is above maximum 8
 * </pre>
 */
public final class ValidationException extends ImageGenException {
  private static final long serialVersionUID = 1L;

  private final String modelId;
  private final List<Violation> violations;

  /** @param violations at least one */
  public ValidationException(String modelId, List<Violation> violations) {
    super(message(modelId, violations));
    this.modelId = modelId;
    this.violations = List.copyOf(violations);
  }

  private static String message(String modelId, List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a ValidationException needs at least one violation");
    }
    StringBuilder message = new StringBuilder("Invalid ").append(modelId).append(" request: ")
        .append(violations.size()).append(violations.size() == 1 ? " violation" : " violations");
    for (Violation violation : violations) {
      message.append("\n  ").append(violation);
    }
    return message.toString();
  }

  /** The id of the model whose rules were broken. */
  public String modelId() {
    return modelId;
  }

  /** Every violation, in parameter order. */
  public List<Violation> violations() {
    return violations;
  }
}
