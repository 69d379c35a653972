package dev.imagegen.client.internal;

import static dev.imagegen.client.testing.Stubs.status;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.Job;
import dev.imagegen.client.testing.FluxService;
import dev.imagegen.client.testing.ManualScheduler;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.util.ArrayList;
import java.util.List;
import okhttp3.Dispatcher;
import org.junit.jupiter.api.Test;

/**
 * On the default HTTP client, the slow polls of eight jobs awaited at once go out at once, none queued
 * behind another; more wait for a free call.
 */
class ManyJobsAtOnceTest extends WireMockTestBase {

  /** More than OkHttp's default of 5 calls in flight per host; as many as the default client runs at once. */
  private static final int JOBS = 8;

  @Test
  void theStatusCallsOfManyJobsRunAtOnce() throws InterruptedException {
    stubs.submitAccepted();
    stubs.statuses(status("PROCESSING").withFixedDelay(5_000));
    FluxService flux = segmind(new ManualScheduler()).build();
    Dispatcher dispatcher = HttpStack.client(flux.core().options()).dispatcher();
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < JOBS; i++) {
      jobs.add(flux.submit(TestRequest.flux()));
    }

    try {
      jobs.forEach(Job::future);

      assertThat(waitForRunningCalls(dispatcher, JOBS)).as("calls in flight").isGreaterThanOrEqualTo(JOBS);
      assertThat(dispatcher.queuedCallsCount()).as("calls queued").isZero();
    } finally {
      jobs.forEach(Job::cancel);
    }
  }

  /** The calls in flight once there are {@code expected}, or after 3 s. */
  private static int waitForRunningCalls(Dispatcher dispatcher, int expected) throws InterruptedException {
    long end = System.nanoTime() + 3_000_000_000L;
    while (dispatcher.runningCallsCount() < expected && System.nanoTime() < end) {
      Thread.sleep(10);
    }
    return dispatcher.runningCallsCount();
  }
}
