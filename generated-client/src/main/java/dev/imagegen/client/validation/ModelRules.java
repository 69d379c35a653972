package dev.imagegen.client.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  private final String modelId;
  private final Map<String, ParameterRule> parameters;
  private final Map<String, Object> fixedFields;

  private ModelRules(Builder builder) {
    this.modelId = builder.modelId;
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(builder.parameters));
    this.fixedFields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.fixedFields));
  }

  public static Builder builder(String modelId) {
    return new Builder(modelId);
  }

  public String modelId() {
    return modelId;
  }

  /** In spec order. */
  public List<ParameterRule> parameters() {
    return Collections.unmodifiableList(new ArrayList<>(parameters.values()));
  }

  /** The rule of the parameter with wire name {@code name}, if the model has one. */
  public Optional<ParameterRule> parameter(String name) {
    return Optional.ofNullable(parameters.get(name));
  }

  /** Fixed body fields such as Qolaba's {@code app_id}, in spec order. */
  public Map<String, Object> fixedFields() {
    return fixedFields;
  }

  @Override
  public String toString() {
    return "ModelRules{" + modelId + ", parameters=" + parameters.keySet() + ", fixedFields=" + fixedFields + '}';
  }

  /** Builds {@link ModelRules}. */
  public static final class Builder {
    private final String modelId;
    private final Map<String, ParameterRule> parameters = new LinkedHashMap<>();
    private final Map<String, Object> fixedFields = new LinkedHashMap<>();

    private Builder(String modelId) {
      if (modelId == null || modelId.isEmpty()) {
        throw new IllegalArgumentException("rules need a model id");
      }
      this.modelId = modelId;
    }

    public Builder parameter(ParameterRule rule) {
      claim(rule.name());
      parameters.put(rule.name(), rule);
      return this;
    }

    public Builder fixedField(String name, Object value) {
      claim(name);
      if (value == null) {
        throw new IllegalArgumentException(modelId + ": fixed field " + name + " has no value");
      }
      fixedFields.put(name, value);
      return this;
    }

    public ModelRules build() {
      return new ModelRules(this);
    }

    private void claim(String name) {
      if (parameters.containsKey(name) || fixedFields.containsKey(name)) {
        throw new IllegalArgumentException(modelId + ": body field " + name + " is declared twice");
      }
    }
  }
}
