package dev.imagegen.client.internal;

import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.JobStatus;
import dev.imagegen.client.RequestOptions;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * The status and result calls of one submitted job, and waits for it; {@link dev.imagegen.client.Job}
 * is its user-facing side.
 */
public final class JobPoller {

  private final String requestId;
  private final Function<String, Call<ResponseBody>> statusCall;
  private final Function<String, Call<ResponseBody>> resultCall;
  private final RequestOptions options;
  private final RetryingGet retryingGet;
  private final V2Answers answers;
  private final PollTiming timing;
  private final Scheduler scheduler;

  JobPoller(String requestId, Function<String, Call<ResponseBody>> statusCall,
      Function<String, Call<ResponseBody>> resultCall, RequestOptions options, RetryingGet retryingGet,
      V2Answers answers, PollTiming timing, Scheduler scheduler) {
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

  /** How long {@link #run(Duration, CompletableFuture)} waits when the caller names no deadline. */
  public Duration defaultDeadline() {
    return timing.deadline();
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
  public void run(Duration deadline, CompletableFuture<InferenceResult> outcome) {
    new PollRun(this, timing, scheduler, Durations.requirePositive("deadline", deadline), outcome).start();
  }

  CompletableFuture<StatusReport> status(Steps steps) {
    return retryingGet.fetch(requestId, () -> statusCall.apply(requestId), options, steps)
        .thenApply(answer -> answers.status(requestId, answer));
  }

  CompletableFuture<InferenceResult> result(Steps steps) {
    return retryingGet.fetch(requestId, () -> resultCall.apply(requestId), options, steps)
        .thenApply(answer -> answers.result(requestId, answer));
  }

  @Override
  public String toString() {
    return "JobPoller{" + requestId + '}';
  }
}
