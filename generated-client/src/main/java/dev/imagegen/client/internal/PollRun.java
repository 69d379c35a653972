package dev.imagegen.client.internal;

import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.JobStatus;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.client.error.InferenceTimeoutException;
import dev.imagegen.client.error.TransportException;
import dev.imagegen.client.error.UnknownJobStatusException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * One wait for a job: poll its status, at the intervals {@link PollTiming} sets, until it succeeds (then fetch the result),
 * fails (with a result call only to learn the error a FAILED status left out) or the deadline passes.
 * A status the spec does not list ends the wait as a failure when it comes with an error text, and
 * otherwise after {@value #UNKNOWN_STATUS_ANSWERS} such answers in a row. A result whose status is still pending although the
 * status call said the job succeeded is fetched again at the poll interval, within the same deadline:
 * the result store may lag behind the status. No thread waits: each step is an HTTP call or a timer, and each
 * keeps within the deadline. Cancelling the outcome stops the run.
 */
final class PollRun {

  /** How many answers in a row may carry a status the spec does not list before the wait ends. */
  static final int UNKNOWN_STATUS_ANSWERS = 3;

  private final JobPoller job;
  private final PollTiming timing;
  private final Scheduler scheduler;
  private final Duration deadline;
  private final CompletableFuture<InferenceResult> outcome;
  private final Steps steps;
  private final Instant started;
  private Instant callStarted;
  private JobStatus lastStatus;
  private int unknownInARow;

  PollRun(JobPoller job, PollTiming timing, Scheduler scheduler, Duration deadline,
      CompletableFuture<InferenceResult> outcome) {
    this.job = job;
    this.timing = timing;
    this.scheduler = scheduler;
    this.deadline = deadline;
    this.outcome = outcome;
    this.steps = new Steps(outcome, Deadline.after(deadline, scheduler));
    this.started = scheduler.now();
  }

  void start() {
    poll(timing.firstInterval());
  }

  private void poll(Duration interval) {
    call(job::status, report -> {
      if (report.failed() && report.status().error().isEmpty()) {
        fetchFailure(report);
      } else if (report.failed()) {
        outcome.completeExceptionally(report.failure(job.requestId()));
      } else if (report.status().outcome() == JobStatus.Outcome.SUCCEEDED) {
        fetchResult(interval);
      } else {
        waitOrEnd(report.status(), interval, this::poll);
      }
    });
  }

  private void fetchResult(Duration interval) {
    call(job::result, result -> {
      if (result.status().outcome() == JobStatus.Outcome.SUCCEEDED) {
        outcome.complete(result);
      } else {
        // The result store may lag behind the status call.
        waitOrEnd(result.status(), interval, this::fetchResult);
      }
    });
  }

  /**
   * A FAILED status without the server's error text: the result answer carries it (Segmind's status
   * answer is {@code {status}} alone, its result a 422 with the error and metrics), so it is fetched
   * once; whatever else it brings, the wait ends with the status's own failure.
   */
  private void fetchFailure(StatusReport report) {
    lastStatus = report.status();
    if (steps.ended()) {
      return;
    }
    job.result(steps).whenComplete(Completion.guarded(outcome, (result, failure) -> {
      Throwable cause = failure == null ? null : Completion.unwrapped(failure);
      outcome.completeExceptionally(cause instanceof InferenceFailedException ? cause : report.failure(job.requestId()));
    }));
  }

  /** After a pending or unknown status: the next step after {@code interval}, unless unknown ones ran out. */
  private void waitOrEnd(JobStatus status, Duration interval, Consumer<Duration> step) {
    lastStatus = status;
    unknownInARow = status.outcome() == JobStatus.Outcome.UNKNOWN ? unknownInARow + 1 : 0;
    if (unknownInARow >= UNKNOWN_STATUS_ANSWERS) {
      outcome.completeExceptionally(new UnknownJobStatusException(job.requestId(), status, unknownInARow));
    } else {
      after(interval, step);
    }
  }

  /** Makes {@code request}, unless the run has ended, and hands its value to {@code then}; a failure ends the run. */
  private <T> void call(Function<Steps, CompletableFuture<T>> request, Consumer<T> then) {
    if (steps.ended()) {
      return;
    }
    callStarted = scheduler.now();
    request.apply(steps).whenComplete(Completion.guarded(outcome, (value, failure) -> {
      if (failure != null) {
        fail(failure);
      } else {
        then.accept(value);
      }
    }));
  }

  /**
   * Waits until {@code interval} after the last call started, cut to the deadline, then takes
   * {@code step} with the next interval. Counting from the call's start keeps the polls on their
   * schedule however long the answers take.
   */
  private void after(Duration interval, Consumer<Duration> step) {
    Duration remaining = steps.deadline().remaining().orElseThrow();
    if (remaining.isZero()) {
      timeOut(null);
      return;
    }
    Duration sinceCall = Duration.between(callStarted, scheduler.now());
    Duration wait = sinceCall.compareTo(interval) >= 0 ? Duration.ZERO : interval.minus(sinceCall);
    if (wait.compareTo(remaining) > 0) {
      wait = remaining;
    }
    steps.track(scheduler.delay(wait)).whenComplete(Completion.guarded(outcome, (waited, failure) -> {
      if (failure != null) {
        Completion.settle(outcome, null, failure);
      } else if (steps.deadline().passed()) {
        timeOut(null);
      } else {
        step.accept(timing.next(interval, Duration.between(started, scheduler.now())));
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
    InferenceTimeoutException timeout = new InferenceTimeoutException(job.requestId(), deadline, lastStatus);
    if (cause != null) {
      timeout.initCause(cause);
    }
    outcome.completeExceptionally(timeout);
  }
}
