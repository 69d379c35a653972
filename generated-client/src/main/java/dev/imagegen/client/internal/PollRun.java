package dev.imagegen.client.internal;

import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.JobStatus;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.client.error.InferenceTimeoutException;
import dev.imagegen.client.error.TransportException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One wait for a job: poll its status, at growing intervals, until it succeeds (then fetch the result),
 * fails (no result call) or the deadline passes. A result whose status is still pending although the
 * status call said the job succeeded is fetched again at the poll interval, within the same deadline:
 * the result store may lag behind the status. No thread waits: each step is an HTTP call or a timer, and each
 * keeps within the deadline. Cancelling the outcome stops the run.
 */
final class PollRun {

  private final JobPoller job;
  private final PollTiming timing;
  private final Scheduler scheduler;
  private final Duration deadline;
  private final CompletableFuture<InferenceResult> outcome;
  private final Steps steps;

  PollRun(JobPoller job, PollTiming timing, Scheduler scheduler, Duration deadline,
      CompletableFuture<InferenceResult> outcome) {
    this.job = job;
    this.timing = timing;
    this.scheduler = scheduler;
    this.deadline = deadline;
    this.outcome = outcome;
    this.steps = new Steps(outcome, Deadline.after(deadline, scheduler));
  }

  void start() {
    poll(timing.firstInterval());
  }

  private void poll(Duration interval) {
    call(job::status, status -> {
      switch (status.outcome()) {
        case SUCCEEDED:
          fetchResult(interval);
          break;
        case FAILED:
          outcome.completeExceptionally(new InferenceFailedException(job.requestId(), status.error().orElse("")));
          break;
        default:
          // PENDING, and values the spec does not list: the job may still finish.
          after(interval, this::poll);
      }
    });
  }

  private void fetchResult(Duration interval) {
    call(job::result, result -> {
      if (result.status().outcome() == JobStatus.Outcome.PENDING) {
        after(interval, this::fetchResult);
      } else {
        outcome.complete(result);
      }
    });
  }

  /** Makes {@code request}, unless the run has ended, and hands its value to {@code then}; a failure ends the run. */
  private <T> void call(Function<Steps, CompletableFuture<T>> request, Consumer<T> then) {
    if (steps.ended()) {
      return;
    }
    request.apply(steps).whenComplete(Completion.guarded(outcome, (value, failure) -> {
      if (failure != null) {
        fail(failure);
      } else {
        then.accept(value);
      }
    }));
  }

  /** Waits {@code interval}, cut to the deadline, then takes {@code step} with the grown interval. */
  private void after(Duration interval, Consumer<Duration> step) {
    Duration remaining = steps.deadline().remaining().orElseThrow();
    if (remaining.isZero()) {
      timeOut(null);
      return;
    }
    Duration wait = interval.compareTo(remaining) < 0 ? interval : remaining;
    steps.track(scheduler.delay(wait)).whenComplete(Completion.guarded(outcome, (waited, failure) -> {
      if (failure != null) {
        Completion.settle(outcome, null, failure);
      } else if (steps.deadline().passed()) {
        timeOut(null);
      } else {
        step.accept(timing.next(interval));
      }
    }));
  }

  /** A call cut short by the deadline is a timeout; any other failure ends the wait as it is. */
  private void fail(Throwable failure) {
    Throwable cause = Completion.unwrapped(failure);
    if (cause instanceof TransportException && steps.deadline().passed()) {
      timeOut(cause);
    } else {
      outcome.completeExceptionally(cause);
    }
  }

  private void timeOut(Throwable cause) {
    InferenceTimeoutException timeout = new InferenceTimeoutException(job.requestId(), deadline);
    if (cause != null) {
      timeout.initCause(cause);
    }
    outcome.completeExceptionally(timeout);
  }
}
