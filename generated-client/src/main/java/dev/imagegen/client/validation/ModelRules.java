package dev.imagegen.client.validation;

import java.util.List;
import java.util.Map;

/**
 * Every parameter rule of one model, plus the fixed body fields it always sends.
 *
 * <pre>{@code
 * ModelRules rules = ModelRules.builder("flux-schnell")
 *     .parameter(ParameterRule.builder("prompt", ParameterRule.Kind.STRING).required().build())
 *     .build();
 * }</pre>
 */
public final class ModelRules {

  public static Builder builder(String modelId) { throw new UnsupportedOperationException("TODO"); }

  public String modelId() { throw new UnsupportedOperationException("TODO"); }
  /** In spec order. */
  public List<ParameterRule> parameters() { throw new UnsupportedOperationException("TODO"); }
  /** Fixed body fields such as Qolaba's {@code app_id}, in spec order. */
  public Map<String, Object> fixedFields() { throw new UnsupportedOperationException("TODO"); }

  /** Builds {@link ModelRules}. */
  public static final class Builder {
    public Builder parameter(ParameterRule rule) { throw new UnsupportedOperationException("TODO"); }
    public Builder fixedField(String name, Object value) { throw new UnsupportedOperationException("TODO"); }
    public ModelRules build() { throw new UnsupportedOperationException("TODO"); }
  }
}
