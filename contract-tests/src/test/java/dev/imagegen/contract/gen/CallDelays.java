package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Duration;
import org.quicktheories.core.Gen;

/**
 * Delays of a sync answer around a per-call timeout, in real time and short, so that a try takes
 * under a second: the timeout, an answer later than it, and one in time for it (with a margin for a
 * busy machine) that is still later than {@link #CLIENT_READ_TIMEOUT}.
 *
 * @param timeout the per-call timeout, 450 to 650 ms
 * @param late the delay of an answer that comes after the timeout: 150 to 300 ms after it
 * @param inTime the delay of an answer that comes in time: at least 300 ms before the timeout, and at
 *     least 50 ms after the client's own read timeout
 */
public record CallDelays(Duration timeout, Duration late, Duration inTime) {

  /** The read timeout of the client whose per-call timeout is longer than its own. */
  public static final Duration CLIENT_READ_TIMEOUT = Duration.ofMillis(50);

  private static final int SHORTEST_TIMEOUT_MILLIS = 450;
  private static final int LONGEST_TIMEOUT_MILLIS = 650;
  /** A timer fires late on a busy machine, and an answer takes time to travel: the least gap either side. */
  private static final int LATE_MARGIN_MILLIS = 150;
  private static final int LATEST_MILLIS = 300;
  private static final int IN_TIME_MARGIN_MILLIS = 300;
  private static final int CLIENT_MARGIN_MILLIS = 50;

  public static Gen<CallDelays> of() {
    long earliest = CLIENT_READ_TIMEOUT.toMillis() + CLIENT_MARGIN_MILLIS;
    return integers().between(SHORTEST_TIMEOUT_MILLIS, LONGEST_TIMEOUT_MILLIS).flatMap(timeout ->
        integers().between(LATE_MARGIN_MILLIS, LATEST_MILLIS).zip(
            integers().between((int) earliest, timeout - IN_TIME_MARGIN_MILLIS),
            (late, inTime) -> new CallDelays(Duration.ofMillis(timeout), Duration.ofMillis(timeout + late),
                Duration.ofMillis(inTime))));
  }

  @Override
  public String toString() {
    return "timeout " + timeout.toMillis() + " ms, answers after " + late.toMillis() + " ms (late) and " + inTime.toMillis()
        + " ms (in time)";
  }
}
