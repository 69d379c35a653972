package dev.imagegen.client.validation;

import dev.imagegen.client.ModelRequest;
import java.util.List;
import java.util.Map;

/** Checks wire values against {@link ModelRules}, collecting every violation rather than the first. */
public final class RequestValidator {

  private RequestValidator() {}

  /** Every violation of {@code rules} by {@code wireValues}, in parameter order; empty when valid. */
  public static List<Violation> validate(ModelRules rules, Map<String, ?> wireValues) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Returns {@code request} when valid; otherwise throws a {@link ValidationException} listing every violation. */
  public static <R extends ModelRequest> R requireValid(R request) {
    throw new UnsupportedOperationException("TODO");
  }
}
