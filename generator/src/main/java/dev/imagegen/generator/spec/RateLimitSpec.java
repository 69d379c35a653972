package dev.imagegen.generator.spec;

import java.util.Objects;
import java.util.Optional;

/**
 * The headers a rate-limited response carries.
 *
 * @param retryAfterHeader seconds (or an HTTP date) to wait, such as {@code Retry-After}
 * @param resetAtHeader the UTC instant the limit resets, such as {@code x-rate-limit-reset-at-utc}
 */
public record RateLimitSpec(Optional<String> retryAfterHeader, Optional<String> resetAtHeader, Optional<String> note) {
  public RateLimitSpec {
    Objects.requireNonNull(retryAfterHeader, "retryAfterHeader");
    Objects.requireNonNull(resetAtHeader, "resetAtHeader");
    Objects.requireNonNull(note, "note");
  }
}
