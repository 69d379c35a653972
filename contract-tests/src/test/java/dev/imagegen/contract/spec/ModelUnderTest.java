package dev.imagegen.contract.spec;

import dev.imagegen.generator.spec.CelerySpec;
import dev.imagegen.generator.spec.Flow;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import java.util.Objects;
import java.util.Optional;

/**
 * One model of one provider, as every property sees it: the spec alone decides what is generated,
 * stubbed and expected.
 *
 * <p>A model is equal to another of the same folder and id: the tests key maps by model, and the
 * record's own {@code hashCode} would hash every model of the provider's spec on each lookup.
 *
 * @param folder the specs folder the model was read from, for messages
 */
public record ModelUnderTest(String folder, ProviderSpec provider, ModelSpec model) {

  public ModelUnderTest {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(model, "model");
  }

  /** {@code segmind/flux-schnell}. */
  public String id() {
    return provider.id() + "/" + model.id();
  }

  public boolean hasSync() {
    return model.supports(Flow.SYNC);
  }

  /** The provider's submit-and-poll protocol, when this model is served on it. */
  public Optional<SegmindV2Spec> v2() {
    if (!model.supports(Flow.ASYNC)) {
      return Optional.empty();
    }
    return provider.async().filter(SegmindV2Spec.class::isInstance).map(SegmindV2Spec.class::cast);
  }

  /** The v2 protocol of a model known to have one. */
  public SegmindV2Spec requireV2() {
    return v2().orElseThrow(() -> new IllegalStateException(id() + " has no v2 flow"));
  }

  /** The field of a sync JSON answer that holds a queued request's task id, when the provider queues requests. */
  public Optional<String> taskIdField() {
    return provider.async().filter(CelerySpec.class::isInstance).map(CelerySpec.class::cast).map(CelerySpec::taskIdField);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelUnderTest that && folder.equals(that.folder) && id().equals(that.id());
  }

  @Override
  public int hashCode() {
    return Objects.hash(folder, provider.id(), model.id());
  }

  @Override
  public String toString() {
    return id();
  }
}
