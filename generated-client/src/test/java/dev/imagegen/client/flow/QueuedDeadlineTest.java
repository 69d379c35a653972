package dev.imagegen.client.flow;

import static dev.imagegen.client.testing.Stubs.REQUEST_ID;
import static dev.imagegen.client.testing.Stubs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imagegen.client.Job;
import dev.imagegen.client.error.InferenceTimeoutException;
import dev.imagegen.client.internal.Scheduler;
import dev.imagegen.client.testing.FluxService;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A wait keeps its deadline while its call waits in the default client's queue behind eight slow
 * ones: OkHttp's own call timeout would start only once the call runs. Real time, with wide margins:
 * the slow answers take 20 s, the deadline is 1 s.
 */
class QueuedDeadlineTest extends WireMockTestBase {

  /** As many calls as the default client runs at once. */
  private static final int SLOW_CALLS = 8;

  @Test
  void aCallQueuedBehindSlowOnesStillEndsTheWaitAtItsDeadline() {
    stubs.submitAccepted();
    stubs.statuses(status("PROCESSING").withFixedDelay(20_000));
    FluxService flux = segmind().scheduler(Scheduler.system()).build();
    List<Job> slow = new ArrayList<>();
    try {
      for (int i = 0; i < SLOW_CALLS; i++) {
        Job job = flux.submit(TestRequest.flux());
        job.future();
        slow.add(job);
      }
      Job late = flux.submit(TestRequest.flux());
      long start = System.nanoTime();

      InferenceTimeoutException failure = catchThrowableOfType(InferenceTimeoutException.class,
          () -> late.await(Duration.ofSeconds(1)));

      // Not a speed target: the wait must end long before the first slow answer (20 s) frees a thread.
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to the timeout").isLessThan(Duration.ofSeconds(10));
      assertThat(failure).hasMessage("Request " + REQUEST_ID + " did not finish within 1s;"
          + " it may still finish, so keep its request id to fetch the result later");
    } finally {
      slow.forEach(Job::cancel);
    }
  }
}
