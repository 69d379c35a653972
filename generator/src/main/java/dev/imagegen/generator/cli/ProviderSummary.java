package dev.imagegen.generator.cli;

import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.stream.Collectors;

/** The one line the CLI prints per provider, such as {@code segmind: 3 models (a, b, c), 34 parameters checked}. */
final class ProviderSummary {

  private ProviderSummary() {}

  /** {@code outcome} ends the line: {@code checked}, or {@code -> <out>}. */
  static String line(ProviderSpec provider, String outcome) {
    int parameters = provider.models().stream().mapToInt(m -> m.parameters().size()).sum();
    String models = provider.models().stream().map(ModelSpec::id).collect(Collectors.joining(", "));
    return provider.id() + ": " + Counts.of(provider.models().size(), "model") + " (" + models + "), "
        + Counts.of(parameters, "parameter") + " " + outcome;
  }
}
