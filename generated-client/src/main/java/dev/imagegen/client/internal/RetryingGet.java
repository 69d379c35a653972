package dev.imagegen.client.internal;

import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.RetryPolicy;
import dev.imagegen.client.error.TransportException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Sends a GET (status or result: safe to repeat) and repeats it on 429, 502, 503, 504 and I/O errors,
 * waiting what the server asks or an exponential backoff with jitter, up to the policy's attempts
 * and never past the operation's deadline. The last answer is returned whatever its status, for the
 * caller to interpret.
 */
final class RetryingGet {

  private static final Set<Integer> RETRIED_STATUSES = Set.of(429, 502, 503, 504);

  private final Exchange exchange;
  private final RetryPolicy policy;
  private final ServerWait serverWait;
  private final Scheduler scheduler;

  RetryingGet(Exchange exchange, RetryPolicy policy, ServerWait serverWait, Scheduler scheduler) {
    this.exchange = exchange;
    this.policy = policy;
    this.serverWait = serverWait;
    this.scheduler = scheduler;
  }

  /**
   * @param requestId the request id of the v2 job the calls are about
   * @param calls a fresh call per attempt, since a Retrofit call runs once
   */
  CompletableFuture<Answer> fetch(String requestId, Supplier<Call<ResponseBody>> calls, RequestOptions options,
      Steps steps) {
    CompletableFuture<Answer> last = new CompletableFuture<>();
    attempt(1, requestId, calls, options, steps, last);
    return last;
  }

  private void attempt(int number, String requestId, Supplier<Call<ResponseBody>> calls, RequestOptions options,
      Steps steps, CompletableFuture<Answer> last) {
    CompletableFuture<Answer> sent;
    try {
      sent = exchange.send(calls.get(), options, steps.deadline(), requestId);
    } catch (RuntimeException e) {
      // Thrown on a timer or HTTP thread, it would otherwise leave the caller's future pending forever.
      last.completeExceptionally(e);
      return;
    }
    steps.track(sent).whenComplete(Completion.guarded(last, (answer, failure) -> {
      Throwable cause = failure == null ? null : Completion.unwrapped(failure);
      Optional<Duration> wait = steps.ended() ? Optional.empty() : waitBeforeRetry(number, answer, cause)
          .filter(steps.deadline()::allows);
      if (wait.isPresent()) {
        if (answer != null) {
          answer.discard();
        }
        steps.track(scheduler.delay(wait.get())).whenComplete(Completion.guarded(last, (waited, cancelled) -> {
          if (cancelled != null) {
            last.completeExceptionally(cancelled);
          } else {
            attempt(number + 1, requestId, calls, options, steps, last);
          }
        }));
      } else if (cause != null) {
        last.completeExceptionally(cause);
      } else {
        last.complete(answer);
      }
    }));
  }

  private Optional<Duration> waitBeforeRetry(int attempt, Answer answer, Throwable failure) {
    if (attempt >= policy.maxAttempts()) {
      return Optional.empty();
    }
    if (failure != null) {
      return failure instanceof TransportException ? Optional.of(policy.backoff(attempt)) : Optional.empty();
    }
    if (!RETRIED_STATUSES.contains(answer.status())) {
      return Optional.empty();
    }
    Optional<Duration> asked = serverWait.of(answer.info());
    if (asked.isPresent()) {
      // A wait longer than the policy allows ends the retries; the caller sees the server's answer.
      return asked.filter(wait -> wait.compareTo(policy.maxServerWait()) <= 0);
    }
    return Optional.of(policy.backoff(attempt));
  }
}
