package dev.imagegen.contract.gen;

import dev.imagegen.contract.spec.ModelUnderTest;
import org.quicktheories.core.Gen;

/** Invalid requests of a model: a valid request, then one of its spec's constraints broken alone. */
public final class InvalidRequests {

  private InvalidRequests() {}

  public static Gen<InvalidRequest> of(ModelUnderTest model) {
    Gen<Break> breaks = Breaks.of(model);
    return ValidRequests.of(model)
        .zip(breaks, (valid, broken) -> new InvalidRequest(model, broken.applyTo(valid.params()), broken))
        .describedAs(InvalidRequest::toString);
  }
}
