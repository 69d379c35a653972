package dev.imagegen.contract.client;

import dev.imagegen.client.internal.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Virtual time for the client: every wait it asks for is recorded and passes at once, so a property
 * can poll for ten virtual minutes in milliseconds and check each wait exactly.
 */
public final class VirtualClock implements Scheduler {

  /** A whole second, so that HTTP dates (second precision) name instants exactly. */
  public static final Instant START = Instant.parse("2030-01-01T00:00:00Z");

  private final List<Duration> waits = new ArrayList<>();
  private Instant now = START;

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public synchronized CompletableFuture<Void> delay(Duration delay) {
    waits.add(delay);
    now = now.plus(delay);
    return CompletableFuture.completedFuture(null);
  }

  /** Every wait asked for so far, in order. */
  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }

  /** The virtual time passed since {@link #START}. */
  public synchronized Duration elapsed() {
    return Duration.between(START, now);
  }

  @Override
  public String toString() {
    return "VirtualClock{elapsed=" + elapsed() + ", waits=" + waits() + '}';
  }
}
