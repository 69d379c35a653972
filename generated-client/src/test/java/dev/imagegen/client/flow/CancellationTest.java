package dev.imagegen.client.flow;

import static dev.imagegen.client.testing.Stubs.completed;
import static dev.imagegen.client.testing.Stubs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.Job;
import dev.imagegen.client.testing.FluxService;
import dev.imagegen.client.testing.ManualScheduler;
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

/**
 * Futures and cancellation. The client's waits stand still until the test acts, so each test knows
 * exactly which step is under way when it cancels.
 */
class CancellationTest extends WireMockTestBase {

  private ManualScheduler time;
  private FluxService flux;

  @BeforeEach
  void setUp() {
    stubs.submitAccepted();
    stubs.statuses(status("PROCESSING"));
    time = new ManualScheduler();
    flux = segmind(time).build();
  }

  /**
   * The wait is cancelled: at once, or as soon as the HTTP thread that asked for it makes it the step
   * under way. No step follows it, so the one status call made is all there will be.
   */
  private void assertPollingStopped(CompletableFuture<Void> wait) {
    assertCancelled(wait);
    assertThat(time.noOtherWait()).isTrue();
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(1);
  }

  private static void assertCancelled(CompletableFuture<Void> wait) {
    assertThat(wait).failsWithin(Duration.ofSeconds(5)).withThrowableOfType(CancellationException.class);
    assertThat(wait).isCancelled();
  }

  @Test
  void theFutureCompletesWithTheResult() throws Exception {
    stubs.statuses(status("QUEUED"), status("COMPLETED"));
    stubs.results(completed());
    CompletableFuture<InferenceResult> future = flux.submit(TestRequest.flux()).future();

    time.nextWait().complete(null);

    assertThat(future.get(5, TimeUnit.SECONDS).output().asText()).isEqualTo("https://cdn.segmind.com/out.jpg");
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(2);
  }

  @Test
  void cancellingTheFutureStopsPolling() throws Exception {
    CompletableFuture<InferenceResult> future = flux.submit(TestRequest.flux()).future();
    CompletableFuture<Void> wait = time.nextWait();

    assertThat(future.cancel(true)).isTrue();

    assertThat(future).isCancelled();
    assertPollingStopped(wait);
  }

  @Test
  void cancellingTheJobEndsAWaitInAnotherThread() throws Exception {
    Job job = flux.submit(TestRequest.flux());
    CompletableFuture<InferenceResult> waiting = CompletableFuture.supplyAsync(job::await);
    CompletableFuture<Void> wait = time.nextWait();

    job.cancel();

    assertThatThrownBy(() -> waiting.get(5, TimeUnit.SECONDS))
        .hasCauseInstanceOf(CancellationException.class)
        .cause().hasMessage("the wait for request " + Stubs.REQUEST_ID + " was cancelled");
    assertPollingStopped(wait);
  }

  @Test
  void interruptingAWaitCancelsItAndKeepsTheFlag() throws Exception {
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
    CompletableFuture<Void> wait = time.nextWait();

    waiter.interrupt();
    waiter.join(5_000);

    assertThat(failure.get()).hasMessage("interrupted while waiting for request " + Stubs.REQUEST_ID);
    assertThat(stillInterrupted.get()).isTrue();
    assertPollingStopped(wait);
  }

  @Test
  void cancellingOneWaitLeavesAnotherOfTheSameJob() throws Exception {
    Job job = flux.submit(TestRequest.flux());
    CompletableFuture<InferenceResult> first = job.future();
    CompletableFuture<Void> firstWait = time.nextWait();
    CompletableFuture<InferenceResult> second = job.future();
    CompletableFuture<Void> secondWait = time.nextWait();

    first.cancel(false);

    assertCancelled(firstWait);
    assertThat(secondWait).isNotDone();
    assertThat(second).isNotDone();
  }
}
