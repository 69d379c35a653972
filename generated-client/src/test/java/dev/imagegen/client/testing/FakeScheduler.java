package dev.imagegen.client.testing;

import dev.imagegen.client.internal.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Time that passes only when the client waits: each wait is recorded and over at once. */
public final class FakeScheduler implements Scheduler {

  public static final Instant START = Instant.parse("2025-01-01T12:00:00Z");

  private Instant now = START;
  private final List<Duration> waits = new ArrayList<>();

  @Override
  public synchronized Instant now() {
    return now;
  }

  @Override
  public CompletableFuture<Void> delay(Duration delay) {
    synchronized (this) {
      waits.add(delay);
      now = now.plus(delay);
    }
    return CompletableFuture.completedFuture(null);
  }

  /** Every wait asked for, in order. */
  public synchronized List<Duration> waits() {
    return List.copyOf(waits);
  }
}
