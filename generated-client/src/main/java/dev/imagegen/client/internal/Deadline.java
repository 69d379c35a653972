package dev.imagegen.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The instant by which an operation must end, on the client's {@link Scheduler}; or none. Waits,
 * retries and HTTP calls of a job's await keep within it.
 */
final class Deadline {

  private static final Deadline NONE = new Deadline(null, null);
  /** Longer deadlines are cut to this, which keeps every timeout derived from one within a long's nanoseconds. */
  private static final Duration LONGEST = Duration.ofDays(365);

  private final Scheduler scheduler;
  private final Instant at;

  private Deadline(Scheduler scheduler, Instant at) {
    this.scheduler = scheduler;
    this.at = at;
  }

  /** No deadline: only the retry policy and the HTTP timeouts bound the operation. */
  static Deadline none() {
    return NONE;
  }

  /** {@code duration} from now; a duration beyond a year counts as a year, as good as none for a job. */
  static Deadline after(Duration duration, Scheduler scheduler) {
    return new Deadline(scheduler, scheduler.now().plus(duration.compareTo(LONGEST) < 0 ? duration : LONGEST));
  }

  /** True once the deadline has come. */
  boolean passed() {
    return at != null && !scheduler.now().isBefore(at);
  }

  /** The time left, zero once passed; empty without a deadline. */
  Optional<Duration> remaining() {
    if (at == null) {
      return Optional.empty();
    }
    Duration left = Duration.between(scheduler.now(), at);
    return Optional.of(left.isNegative() ? Duration.ZERO : left);
  }

  /** True when a wait of {@code wait}, starting now, ends before the deadline. */
  boolean allows(Duration wait) {
    return remaining().map(left -> wait.compareTo(left) < 0).orElse(true);
  }
}
