package dev.imagegen.generator.export;

import dev.imagegen.generator.load.SpecException;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.SpecSet;
import java.nio.file.Path;

/** The project's own specs ({@code specs/}, from the build's {@code imagegen.specs}), loaded once. */
public final class RealSpecs {

  private static SpecSet loaded;

  private RealSpecs() {}

  public static synchronized SpecSet load() throws SpecException {
    if (loaded == null) {
      loaded = SpecLoader.load(Path.of(System.getProperty("imagegen.specs", "../specs")));
    }
    return loaded;
  }

  /** The model {@code modelId} of provider {@code providerId}. */
  public static ModelSpec model(String providerId, String modelId) throws SpecException {
    return load().providers().stream()
        .filter(provider -> provider.id().equals(providerId))
        .flatMap(provider -> provider.model(modelId).stream())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no model " + providerId + "/" + modelId + " in the specs"));
  }
}
