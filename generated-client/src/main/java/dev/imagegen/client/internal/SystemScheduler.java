package dev.imagegen.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Real time; delays run on the JDK's shared daemon timer thread behind {@link CompletableFuture#delayedExecutor}. */
final class SystemScheduler implements Scheduler {

  static final SystemScheduler INSTANCE = new SystemScheduler();

  private SystemScheduler() {}

  @Override
  public Instant now() {
    return Instant.now();
  }

  @Override
  public CompletableFuture<Void> delay(Duration delay) {
    // The direct executor keeps the timer thread's work to completing the future; continuations
    // that send HTTP calls only enqueue them.
    return CompletableFuture.runAsync(
        () -> {}, CompletableFuture.delayedExecutor(delay.toNanos(), TimeUnit.NANOSECONDS, Runnable::run));
  }

  @Override
  public String toString() {
    return "Scheduler.system()";
  }
}
