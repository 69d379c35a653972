package dev.imagegen.generator.fuzz;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.naming.JavaNames;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Draws a whole specs folder from a seed: one to three providers with distinct package names, each with a
 * few models (now and then about 150) whose ids and class names are distinct across the set.
 */
final class SpecSetGenerator {

  // "provider" would name a model file provider.json, which is the provider's own file.
  private static final Set<String> NOT_MODEL_IDS = Set.of("Provider");

  private SpecSetGenerator() {}

  /** The spec set of {@code seed}: the same seed always gives the same files. */
  static RandomSpecSet generate(long seed) {
    SetDraws draws = SetDraws.of(seed);
    Draw draw = draws.draw();
    SpecNames names = draws.names();
    ProviderGenerator providers = new ProviderGenerator(draws);
    ModelGenerator models = new ModelGenerator(draws);
    SpecNames.Unique packages = new SpecNames.Unique(JavaNames::packageSegment, Set.of());
    SpecNames.Unique modelTypes = new SpecNames.Unique(JavaNames::typeName, NOT_MODEL_IDS);
    SortedMap<String, ObjectNode> files = new TreeMap<>();
    int providerCount = draw.chance(0.5) ? 1 : draw.between(2, 3);
    for (int p = 0; p < providerCount; p++) {
      ProviderDraft provider = providers.provider(packages.next(names::providerId, n -> "-" + n));
      files.put(provider.id() + "/provider.json", provider.json());
      boolean many = draw.chance(0.02);
      int modelCount = many ? draw.between(120, 150) : draw.between(1, 3);
      for (int m = 0; m < modelCount; m++) {
        String id = modelTypes.next(names::modelId, n -> "-" + n);
        files.put(provider.id() + "/" + id + ".json", models.model(provider, id, m, many));
      }
    }
    return new RandomSpecSet(seed, files);
  }
}
