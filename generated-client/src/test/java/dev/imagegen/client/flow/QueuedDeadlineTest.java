package dev.imagegen.client.flow;

import static dev.imagegen.client.testing.Stubs.REQUEST_ID;
import static dev.imagegen.client.testing.Stubs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imagegen.client.Job;
import dev.imagegen.client.error.InferenceTimeoutException;
import dev.imagegen.client.internal.Scheduler;
import dev.imagegen.client.testing.FluxService;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A wait keeps its deadline while its call waits in the default client's queue behind eight slow
 * ones: OkHttp's own call timeout would start only once the call runs. Real time: the slow answers
 * take 20 s, the deadline is 1 s.
 */
class QueuedDeadlineTest extends WireMockTestBase {

  /** As many calls as the default client runs at once. */
  private static final int SLOW_CALLS = 8;

  @Test
  void aCallQueuedBehindSlowOnesStillEndsTheWaitAtItsDeadline() {
    stubs.submitAccepted();
    stubs.statuses(status("PROCESSING").withFixedDelay(20_000));
    FluxService flux = segmind(Scheduler.system()).build();
    List<Job> slow = new ArrayList<>();
    try {
      for (int i = 0; i < SLOW_CALLS; i++) {
        Job job = flux.submit(TestRequest.flux());
        job.future();
        slow.add(job);
      }
      Job late = flux.submit(TestRequest.flux());

      InferenceTimeoutException failure = catchThrowableOfType(InferenceTimeoutException.class,
          () -> late.await(Duration.ofSeconds(1)));

      // Ended in the queue: its call never went out, where one that waited for a slow answer to free a
      // thread would have gone out, as would the slow job's next poll.
      assertThat(stubs.gets(Stubs.STATUS)).as("status calls sent").isEqualTo(SLOW_CALLS);
      assertThat(failure).hasMessage("Request " + REQUEST_ID + " did not finish within 1s;"
          + " it may still finish, so keep its request id to fetch the result later");
    } finally {
      slow.forEach(Job::cancel);
    }
  }
}
