package dev.imagegen.client.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.internal.Scheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Time that stands still: each wait the client asks for stays pending, so a test can act while the
 * client waits, and see whether the wait was cancelled, with no sleeps.
 */
public final class ManualScheduler implements Scheduler {

  private final BlockingQueue<CompletableFuture<Void>> waits = new LinkedBlockingQueue<>();

  @Override
  public Instant now() {
    return FakeScheduler.START;
  }

  @Override
  public CompletableFuture<Void> delay(Duration delay) {
    CompletableFuture<Void> wait = new CompletableFuture<>();
    waits.add(wait);
    return wait;
  }

  /** The next wait the client asks for, once it has asked (HTTP calls run on other threads). */
  public CompletableFuture<Void> nextWait() throws InterruptedException {
    CompletableFuture<Void> wait = waits.poll(5, TimeUnit.SECONDS);
    assertThat(wait).as("a wait asked for within 5 s").isNotNull();
    return wait;
  }

  /** True when the client asked for no wait besides those taken with {@link #nextWait()}. */
  public boolean noOtherWait() {
    return waits.isEmpty();
  }
}
