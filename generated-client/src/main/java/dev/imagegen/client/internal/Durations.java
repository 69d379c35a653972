package dev.imagegen.client.internal;

import java.time.Duration;

/** Argument checks for the durations of builders. */
public final class Durations {

  private Durations() {}

  /** {@code duration} when it is above zero; otherwise an {@link IllegalArgumentException} naming {@code what}. */
  public static Duration requirePositive(String what, Duration duration) {
    if (duration == null || duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, got " + duration);
    }
    return duration;
  }

  /** {@code duration} when it is zero or more; zero means no limit, as in OkHttp. */
  public static Duration requireNotNegative(String what, Duration duration) {
    if (duration == null || duration.isNegative()) {
      throw new IllegalArgumentException(what + " must not be negative, got " + duration);
    }
    return duration;
  }
}
