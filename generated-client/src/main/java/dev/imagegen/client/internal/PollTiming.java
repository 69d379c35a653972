package dev.imagegen.client.internal;

import dev.imagegen.client.ClientOptions;
import java.time.Duration;

/**
 * When to poll a job: at the first interval for the first {@link #STEADY} of the wait, then at an
 * interval growing by half up to a cap; and the default deadline. A job that ends in its first half
 * minute, as most image jobs do, is noticed as soon as a fixed poll would notice it (Segmind's own
 * SDK polls every second); a long one costs fewer status calls, one per cap once the interval has grown.
 */
final class PollTiming {

  /** How long the interval stays at its first value. */
  static final Duration STEADY = Duration.ofSeconds(30);

  /** The cap when none is set, in first intervals: 1 s grows to 5 s at most. */
  private static final int DEFAULT_CAP_FACTOR = 5;

  private final Duration interval;
  private final Duration maxInterval;
  private final Duration deadline;

  private PollTiming(Duration interval, Duration maxInterval, Duration deadline) {
    this.interval = interval;
    this.maxInterval = maxInterval.compareTo(interval) < 0 ? interval : maxInterval;
    this.deadline = deadline;
  }

  /** The options' settings where set, the protocol's otherwise. */
  static PollTiming of(ClientOptions options, V2Protocol protocol) {
    Duration interval = options.pollInterval().orElse(protocol.pollInterval());
    return new PollTiming(interval,
        options.maxPollInterval().orElse(interval.multipliedBy(DEFAULT_CAP_FACTOR)),
        options.deadline().orElse(protocol.deadline()));
  }

  Duration firstInterval() {
    return interval;
  }

  /**
   * The interval after {@code current}, {@code waited} into the wait: the same within the first
   * {@link #STEADY}, otherwise half as long again, capped.
   */
  Duration next(Duration current, Duration waited) {
    if (waited.compareTo(STEADY) < 0) {
      return current;
    }
    Duration grown = current.plus(current.dividedBy(2));
    return grown.compareTo(maxInterval) > 0 ? maxInterval : grown;
  }

  Duration deadline() {
    return deadline;
  }
}
