package dev.imagegen.generator.emit;

import dev.imagegen.generator.spec.Flow;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import java.util.Optional;

/** Which calls are generated for a model: sync always when it has the flow, v2 submit only on a v2 provider. */
final class ModelFlows {

  private ModelFlows() {}

  static boolean hasSync(ModelSpec model) {
    return model.supports(Flow.SYNC);
  }

  /**
   * The provider's v2 protocol when {@code model} is served on it. Qolaba's celery queue is not
   * generated: its status endpoint is undocumented.
   */
  static Optional<SegmindV2Spec> v2(ProviderSpec provider, ModelSpec model) {
    return model.supports(Flow.ASYNC) ? v2(provider) : Optional.empty();
  }

  /** The provider's v2 protocol, if it has one. */
  static Optional<SegmindV2Spec> v2(ProviderSpec provider) {
    return provider.async().filter(SegmindV2Spec.class::isInstance).map(SegmindV2Spec.class::cast);
  }
}
