package dev.imagegen.generator.export;

import dev.imagegen.generator.spec.Flow;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SpecSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One URL path of a provider's synchronous call and the models served on it.
 *
 * <p>Segmind's path {@code /v1/{model}} gives one endpoint per model; Qolaba's {@code /getImagetoImage}
 * has no {@code {model}}, so its three models share one endpoint and the body's fixed fields
 * ({@code app_id}) tell them apart.
 *
 * @param path the path with {@code {model}} replaced, such as {@code /v1/flux-schnell}
 * @param models in spec order; more than one only when the provider's path has no {@code {model}}
 */
public record SyncEndpoint(ProviderSpec provider, String path, List<ModelSpec> models) {

  /** The placeholder of a path template that stands for the model id. */
  public static final String MODEL_PLACEHOLDER = "{model}";

  public SyncEndpoint {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(path, "path");
    models = List.copyOf(models);
  }

  /** Every sync endpoint of every provider, in provider order, then in order of each path's first model. */
  public static List<SyncEndpoint> of(SpecSet specs) {
    List<SyncEndpoint> endpoints = new ArrayList<>();
    for (ProviderSpec provider : specs.providers()) {
      Map<String, List<ModelSpec>> modelsByPath = new LinkedHashMap<>();
      provider.models().stream()
          .filter(model -> model.supports(Flow.SYNC))
          .forEach(model -> modelsByPath
              .computeIfAbsent(modelPath(provider.sync().path(), model), path -> new ArrayList<>())
              .add(model));
      modelsByPath.forEach((path, models) -> endpoints.add(new SyncEndpoint(provider, path, models)));
    }
    return endpoints;
  }

  /** {@code template} with {@code {model}} replaced by the id of {@code model}. */
  public static String modelPath(String template, ModelSpec model) {
    return template.replace(MODEL_PLACEHOLDER, model.id());
  }

  /** True when several models share this path and only their fixed fields tell them apart. */
  public boolean isShared() {
    return models.size() > 1;
  }
}
