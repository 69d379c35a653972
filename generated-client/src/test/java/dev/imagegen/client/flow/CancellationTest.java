package dev.imagegen.client.flow;

import static dev.imagegen.client.testing.Stubs.completed;
import static dev.imagegen.client.testing.Stubs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.Job;
import dev.imagegen.client.internal.Scheduler;
import dev.imagegen.client.testing.FluxService;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Futures and cancellation, in real time with a short poll interval. */
class CancellationTest extends WireMockTestBase {

  private FluxService flux;

  @BeforeEach
  void setUp() {
    stubs.submitAccepted();
    flux = segmind().scheduler(Scheduler.system()).pollInterval(Duration.ofMillis(20)).build();
  }

  private void awaitStatusCalls(int calls) throws InterruptedException {
    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (stubs.gets(Stubs.STATUS) < calls && System.nanoTime() < giveUp) {
      Thread.sleep(10);
    }
    assertThat(stubs.gets(Stubs.STATUS)).isGreaterThanOrEqualTo(calls);
  }

  /** Status calls made after a pause long enough for several poll intervals. */
  private int statusCallsAfterAPause() throws InterruptedException {
    Thread.sleep(100);
    int before = stubs.gets(Stubs.STATUS);
    Thread.sleep(300);
    return stubs.gets(Stubs.STATUS) - before;
  }

  @Test
  void theFutureCompletesWithTheResult() throws Exception {
    stubs.statuses(status("QUEUED"), status("PROCESSING"), status("COMPLETED"));
    stubs.results(completed());

    InferenceResult result = flux.submit(TestRequest.flux()).future().get(5, TimeUnit.SECONDS);

    assertThat(result.output().asText()).isEqualTo("https://cdn.segmind.com/out.jpg");
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(3);
  }

  @Test
  void cancellingTheFutureStopsPolling() throws Exception {
    stubs.statuses(status("PROCESSING"));
    CompletableFuture<InferenceResult> future = flux.submit(TestRequest.flux()).future();
    awaitStatusCalls(2);

    assertThat(future.cancel(true)).isTrue();

    assertThat(future).isCancelled();
    assertThat(statusCallsAfterAPause()).isZero();
  }

  @Test
  void cancellingTheJobEndsAWaitInAnotherThread() throws Exception {
    stubs.statuses(status("PROCESSING"));
    Job job = flux.submit(TestRequest.flux());
    CompletableFuture<InferenceResult> waiting = CompletableFuture.supplyAsync(job::await);
    awaitStatusCalls(2);

    job.cancel();

    assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(CancellationException.class)
        .cause().hasMessage("the wait for request " + Stubs.REQUEST_ID + " was cancelled");
    assertThat(statusCallsAfterAPause()).isZero();
  }

  @Test
  void interruptingAWaitCancelsItAndKeepsTheFlag() throws Exception {
    stubs.statuses(status("PROCESSING"));
    Job job = flux.submit(TestRequest.flux());
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        job.await();
      } catch (CancellationException e) {
        failure.set(e);
        stillInterrupted.set(Thread.currentThread().isInterrupted());
      }
    });
    waiter.start();
    awaitStatusCalls(2);

    waiter.interrupt();
    waiter.join(5_000);

    assertThat(failure.get()).hasMessage("interrupted while waiting for request " + Stubs.REQUEST_ID);
    assertThat(stillInterrupted.get()).isTrue();
    assertThat(statusCallsAfterAPause()).isZero();
  }
}
