package dev.imagegen.client.validation;

import dev.imagegen.client.ModelRequest;
import java.util.List;
import java.util.Map;

/**
 * Checks wire values against {@link ModelRules}, collecting every violation rather than the first.
 *
 * <pre>{@code
 * List<Violation> violations = RequestValidator.validate(rules, Map.of("steps", 9L));
 * // [/prompt: is required, /steps: 9 is above maximum 8]
 * }</pre>
 */
public final class RequestValidator {

  private RequestValidator() {}

  /**
   * Every violation of {@code rules} by {@code wireValues}, in parameter order, then keys that are not
   * parameters; empty when valid. The model's fixed fields may be present.
   */
  public static List<Violation> validate(ModelRules rules, Map<String, ?> wireValues) {
    return BodyCheck.of(rules, wireValues, BodyCheck.FixedFields.ALLOWED).violations();
  }

  /** Returns {@code request} when valid; otherwise throws a {@link ValidationException} listing every violation. */
  public static <R extends ModelRequest> R requireValid(R request) {
    List<Violation> violations = validate(request.rules(), request.toWireMap());
    if (!violations.isEmpty()) {
      throw new ValidationException(request.rules().modelId(), violations);
    }
    return request;
  }
}
