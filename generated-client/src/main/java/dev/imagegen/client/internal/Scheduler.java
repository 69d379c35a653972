package dev.imagegen.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * The passage of time as the client sees it: the current instant and delayed continuations. Polling,
 * backoff and deadlines use nothing else, so a test can substitute a scheduler that records the
 * waits asked for and completes them at once.
 */
public interface Scheduler {

  /** The current instant. */
  Instant now();

  /** A future completed once {@code delay} has passed; cancelling it drops the wait. */
  CompletableFuture<Void> delay(Duration delay);

  /** The wall clock, with waits on one shared timer thread: no thread per job. */
  static Scheduler system() {
    return SystemScheduler.INSTANCE;
  }
}
