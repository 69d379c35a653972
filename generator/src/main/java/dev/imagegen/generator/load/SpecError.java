package dev.imagegen.generator.load;

import dev.imagegen.generator.spec.SpecLocation;
import java.util.Objects;

/**
 * One problem in a spec, at a location. {@code toString()} is the line users see:
 * {@code specs/segmind/flux-schnell.json#/parameters/width/default: 4096 is above maximum 2048}.
 */
public record SpecError(SpecLocation location, String reason) {
  public SpecError {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return location + ": " + reason;
  }
}
