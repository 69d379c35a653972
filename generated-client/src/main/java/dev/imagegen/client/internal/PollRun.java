package dev.imagegen.client.internal;

import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.client.error.InferenceTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * One wait for a job: poll its status, at growing intervals, until it succeeds (then fetch the result
 * once), fails (no result call) or the deadline passes. No thread waits: each step is an HTTP call
 * or a timer. Cancelling the future stops the run.
 */
final class PollRun {

  private final JobPoller job;
  private final PollTiming timing;
  private final Scheduler scheduler;
  private final Duration deadline;
  private final Instant deadlineAt;
  private final CompletableFuture<InferenceResult> outcome = new CompletableFuture<>();
  private final Steps steps = new Steps(outcome);

  PollRun(JobPoller job, PollTiming timing, Scheduler scheduler, Duration deadline) {
    this.job = job;
    this.timing = timing;
    this.scheduler = scheduler;
    this.deadline = deadline;
    this.deadlineAt = scheduler.now().plus(deadline);
  }

  CompletableFuture<InferenceResult> start() {
    poll(timing.firstInterval());
    return outcome;
  }

  private void poll(Duration interval) {
    job.status(steps).whenComplete((status, failure) -> {
      if (failure != null) {
        Completion.settle(outcome, null, failure);
        return;
      }
      switch (status.outcome()) {
        case SUCCEEDED:
          job.result(steps).whenComplete((result, resultFailure) -> Completion.settle(outcome, result, resultFailure));
          break;
        case FAILED:
          outcome.completeExceptionally(new InferenceFailedException(job.requestId(), status.error().orElse("")));
          break;
        default:
          // PENDING, and values the spec does not list: the job may still finish.
          waitThenPoll(interval);
      }
    });
  }

  private void waitThenPoll(Duration interval) {
    Duration remaining = Duration.between(scheduler.now(), deadlineAt);
    if (remaining.isNegative() || remaining.isZero()) {
      outcome.completeExceptionally(new InferenceTimeoutException(job.requestId(), deadline));
      return;
    }
    Duration wait = interval.compareTo(remaining) < 0 ? interval : remaining;
    steps.track(scheduler.delay(wait)).whenComplete((waited, failure) -> {
      if (failure != null) {
        Completion.settle(outcome, null, failure);
      } else {
        poll(timing.next(interval));
      }
    });
  }
}
