package dev.imagegen.client.internal;

import dev.imagegen.client.ClientOptions;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.JobStatus;
import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.client.error.InferenceTimeoutException;
import dev.imagegen.client.error.TransportException;
import dev.imagegen.client.error.UnknownJobStatusException;
import dev.imagegen.client.internal.V2Answers.StatusReport;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * A submitted v2 job as the runtime drives it: its status and result calls, and the wait for its end;
 * {@link dev.imagegen.client.Job} is its user-facing side. A wait goes like this:
 *
 * <ol>
 *   <li>The status is polled at once, then at the poll interval for the first {@link #STEADY} of the
 *       wait, then at an interval growing by half up to a cap ({@link Timing}). A job that ends in its
 *       first half minute, as most image jobs do, is noticed as soon as a fixed poll would notice it;
 *       a long one costs fewer status calls.
 *   <li>A pending status is polled again. A status the spec does not list ends the wait as a failure
 *       when it comes with an error text, and otherwise after {@value #UNKNOWN_STATUS_ANSWERS} such
 *       answers in a row.
 *   <li>A FAILED status ends the wait with an {@link InferenceFailedException}; when it left out the
 *       server's error text, one result call fetches it first.
 *   <li>A succeeded status fetches the result. A result still pending is fetched again at the poll
 *       interval, since the result store may lag behind the status.
 *   <li>The deadline ends the wait with an {@link InferenceTimeoutException} carrying the last status.
 * </ol>
 *
 * Every status and result call goes through {@link RetryingGet}, which repeats it when safe, never past
 * the deadline. No thread waits: each step is an HTTP call or a timer on the {@link Scheduler},
 * tracked by {@link Steps}, so that completing or cancelling the wait's outcome stops it.
 */
public final class V2Job {

  /** How long the poll interval stays at its first value. */
  static final Duration STEADY = Duration.ofSeconds(30);

  /** How many answers in a row may carry a status the spec does not list before the wait ends. */
  static final int UNKNOWN_STATUS_ANSWERS = 3;

  private final String requestId;
  private final Function<String, Call<ResponseBody>> statusCall;
  private final Function<String, Call<ResponseBody>> resultCall;
  private final RequestOptions options;
  private final RetryingGet retryingGet;
  private final V2Answers answers;
  private final Timing timing;
  private final Scheduler scheduler;

  V2Job(String requestId, Function<String, Call<ResponseBody>> statusCall,
      Function<String, Call<ResponseBody>> resultCall, RequestOptions options, RetryingGet retryingGet,
      V2Answers answers, Timing timing, Scheduler scheduler) {
    this.requestId = requestId;
    this.statusCall = statusCall;
    this.resultCall = resultCall;
    this.options = options;
    this.retryingGet = retryingGet;
    this.answers = answers;
    this.timing = timing;
    this.scheduler = scheduler;
  }

  public String requestId() {
    return requestId;
  }

  /** How long {@link #await(Duration, CompletableFuture)} waits when the caller names no deadline. */
  public Duration defaultDeadline() {
    return timing.deadline;
  }

  /** One status call, retried when safe. */
  public CompletableFuture<JobStatus> status() {
    CompletableFuture<JobStatus> status = new CompletableFuture<>();
    status(new Steps(status, Deadline.none()))
        .whenComplete((report, failure) -> Completion.settle(status, report == null ? null : report.status(), failure));
    return status;
  }

  /**
   * Polls until the job ends or {@code deadline} passes, then completes {@code outcome}; completing
   * or cancelling {@code outcome} first stops polling. Taking the future, rather than returning one,
   * lets the caller register it before the first call goes out.
   */
  public void await(Duration deadline, CompletableFuture<InferenceResult> outcome) {
    new Wait(Durations.requirePositive("deadline", deadline), outcome).poll(timing.firstInterval);
  }

  private CompletableFuture<StatusReport> status(Steps steps) {
    return retryingGet.fetch(requestId, () -> statusCall.apply(requestId), options, steps)
        .thenApply(answer -> answers.status(requestId, answer));
  }

  private CompletableFuture<InferenceResult> result(Steps steps) {
    return retryingGet.fetch(requestId, () -> resultCall.apply(requestId), options, steps)
        .thenApply(answer -> answers.result(requestId, answer));
  }

  @Override
  public String toString() {
    return "V2Job{" + requestId + '}';
  }

  /**
   * When to poll: at the first interval for the first {@link #STEADY} of a wait, then at an interval
   * growing by half up to {@code maxInterval}; and the deadline of a wait that names none.
   */
  static final class Timing {

    /** The cap when none is set, in first intervals: 1 s grows to 5 s at most (Segmind's own SDK polls every second). */
    private static final int DEFAULT_CAP_FACTOR = 5;

    private final Duration firstInterval;
    private final Duration maxInterval;
    private final Duration deadline;

    private Timing(Duration firstInterval, Duration maxInterval, Duration deadline) {
      this.firstInterval = firstInterval;
      this.maxInterval = maxInterval.compareTo(firstInterval) < 0 ? firstInterval : maxInterval;
      this.deadline = deadline;
    }

    /** The client options' settings where set, the protocol's otherwise. */
    static Timing of(ClientOptions options, V2Protocol protocol) {
      Duration interval = options.pollInterval().orElse(protocol.pollInterval());
      return new Timing(interval, options.maxPollInterval().orElse(interval.multipliedBy(DEFAULT_CAP_FACTOR)),
          options.deadline().orElse(protocol.deadline()));
    }

    /** The interval after {@code current}, {@code waited} into the wait. */
    Duration next(Duration current, Duration waited) {
      if (waited.compareTo(STEADY) < 0) {
        return current;
      }
      Duration grown = current.plus(current.dividedBy(2));
      return grown.compareTo(maxInterval) > 0 ? maxInterval : grown;
    }
  }

  /** One wait for the job, from its first status call to its outcome. */
  private final class Wait {

    private final Duration deadline;
    private final CompletableFuture<InferenceResult> outcome;
    private final Steps steps;
    private final Instant started;
    private Instant callStarted;
    private JobStatus lastStatus;
    private int unknownInARow;

    Wait(Duration deadline, CompletableFuture<InferenceResult> outcome) {
      this.deadline = deadline;
      this.outcome = outcome;
      this.steps = new Steps(outcome, Deadline.after(deadline, scheduler));
      this.started = scheduler.now();
    }

    void poll(Duration interval) {
      call(V2Job.this::status, report -> {
        if (report.failed() && report.status().error().isEmpty()) {
          fetchFailure(report);
        } else if (report.failed()) {
          outcome.completeExceptionally(report.failure(requestId));
        } else if (report.status().outcome() == JobStatus.Outcome.SUCCEEDED) {
          fetchResult(interval);
        } else {
          waitOrEnd(report.status(), interval, this::poll);
        }
      });
    }

    private void fetchResult(Duration interval) {
      call(V2Job.this::result, result -> {
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
      result(steps).whenComplete(Completion.guarded(outcome, (result, failure) -> {
        Throwable cause = failure == null ? null : Completion.unwrapped(failure);
        outcome.completeExceptionally(cause instanceof InferenceFailedException ? cause : report.failure(requestId));
      }));
    }

    /** After a pending or unknown status: the next step after {@code interval}, unless unknown ones ran out. */
    private void waitOrEnd(JobStatus status, Duration interval, Consumer<Duration> step) {
      lastStatus = status;
      unknownInARow = status.outcome() == JobStatus.Outcome.UNKNOWN ? unknownInARow + 1 : 0;
      if (unknownInARow >= UNKNOWN_STATUS_ANSWERS) {
        outcome.completeExceptionally(new UnknownJobStatusException(requestId, status, unknownInARow));
      } else {
        after(interval, step);
      }
    }

    /** Makes {@code request}, unless the wait has ended, and hands its value to {@code then}; a failure ends the wait. */
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
      InferenceTimeoutException timeout = new InferenceTimeoutException(requestId, deadline, lastStatus);
      if (cause != null) {
        timeout.initCause(cause);
      }
      outcome.completeExceptionally(timeout);
    }
  }
}
