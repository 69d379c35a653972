package dev.imagegen.generator.spec;

import java.util.List;
import java.util.stream.Stream;

/** Every provider, with its models, loaded from one specs folder and checked. */
public record SpecSet(List<ProviderSpec> providers) {

  public SpecSet {
    providers = List.copyOf(providers);
  }

  /** Every model of every provider, in provider order. */
  public Stream<ModelSpec> models() {
    return providers.stream().flatMap(p -> p.models().stream());
  }
}
