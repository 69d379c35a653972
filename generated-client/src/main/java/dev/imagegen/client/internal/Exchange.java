package dev.imagegen.client.internal;

import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.error.ImageGenException;
import dev.imagegen.client.error.RequestEncodingException;
import dev.imagegen.client.error.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import okhttp3.Callback;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Sends the requests of Retrofit calls once, blocking or asynchronously, within their time limits;
 * names each call and logs each as it ends ({@link CallLog}), and turns I/O failures into
 * {@link TransportException}s, a timeout into one naming its limit. Retrofit builds the request
 * (path, headers, the JSON body) before anything is sent, so a body that cannot be encoded fails as a
 * {@link RequestEncodingException} with nothing sent; OkHttp sends it, so that each call can carry
 * its own limits.
 */
final class Exchange {

  private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();
  /** A millisecond past the deadline, so that the wait's own clock has seen it pass when the call ends. */
  private static final long DEADLINE_MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

  private final OkHttpClient client;
  private final String requestIdHeader;
  private final CallLog callLog;

  /**
   * @param requestIdHeader the header the provider declares for a call's request id; null for none
   * @param callLog names each call, and logs it as it ends
   */
  Exchange(OkHttpClient client, String requestIdHeader, CallLog callLog) {
    this.client = client;
    this.requestIdHeader = requestIdHeader;
    this.callLog = callLog;
  }

  /**
   * Sends {@code call}, which concerns no known v2 job, and blocks for its answer; the body is left
   * for the caller to stream.
   */
  Answer execute(Call<ResponseBody> call, RequestOptions options) {
    Sending sending = new Sending(call, options.timeout(), Optional.empty());
    Answer answer;
    try {
      answer = new Answer(sending.name, sending.call.execute(), null, sending.progress, requestIdHeader);
    } catch (IOException e) {
      ImageGenException failure = sending.failure(null, e);
      sending.ended(null, failure, null);
      throw failure;
    }
    sending.ended(answer, null, null);
    return answer;
  }

  /**
   * The answer, read whole, without a thread waiting for it; cancelling the future cancels the call.
   * The call ends by {@code deadline} at the latest. The body is read here, so that a failure to read
   * it fails this call, which the caller may retry, and not the reading of an answer already handed
   * over.
   *
   * @param requestId the request id of the v2 job the call is about, carried by its answer and its failures
   */
  CompletableFuture<Answer> send(Call<ResponseBody> call, RequestOptions options, Deadline deadline, String requestId) {
    Optional<Duration> remaining = deadline.remaining();
    Sending sending = new Sending(call, options.timeout(), remaining);
    // The call's outcome, logged before the answer completes with it: the answer's dependents may run
    // the next call at once, and its line must not come before this one's.
    CompletableFuture<Answer> outcome = new CompletableFuture<>();
    CompletableFuture<Answer> answer = new CompletableFuture<>();
    remaining.ifPresent(left -> endAtDeadline(sending, requestId, outcome, left));
    sending.call.enqueue(new Callback() {
      @Override
      public void onResponse(okhttp3.Call sent, Response response) {
        Answer received;
        try {
          received = new Answer(sending.name, response, requestId, sending.progress, requestIdHeader).buffered();
        } catch (IOException e) {
          onFailure(sent, e);
          return;
        }
        outcome.complete(received);
      }

      @Override
      public void onFailure(okhttp3.Call sent, IOException failure) {
        outcome.completeExceptionally(sending.failure(requestId, failure));
      }
    });
    outcome.whenComplete((received, failure) -> {
      sending.ended(received, failure, requestId);
      if (failure == null) {
        answer.complete(received);
      } else {
        answer.completeExceptionally(failure);
      }
    });
    answer.whenComplete((received, failure) -> {
      if (answer.isCancelled()) {
        outcome.cancel(false);
        sending.call.cancel();
      }
    });
    return answer;
  }

  /**
   * Fails {@code outcome} as a timeout of the whole call, and cancels the call, once {@code left} has
   * passed, unless it has answered: OkHttp's call timeout, which also keeps the deadline, starts only
   * when a call leaves the dispatcher's queue, and a queued call cancelled waits there for a thread
   * all the same, so a call queued behind slow ones would end long past its deadline. In real time,
   * as OkHttp's timeouts are.
   */
  private static void endAtDeadline(Sending sending, String requestId, CompletableFuture<Answer> outcome, Duration left) {
    ScheduledFuture<?> end = DEADLINES.schedule(() -> {
      sending.call.cancel();
      // OkHttp's own words for a call timeout, so that the failure names the whole call's limit.
      outcome.completeExceptionally(sending.failure(requestId, new InterruptedIOException("timeout")));
    }, left.toNanos() + DEADLINE_MARGIN_NANOS, TimeUnit.NANOSECONDS);
    outcome.whenComplete((received, failure) -> end.cancel(false));
  }

  /**
   * One daemon thread for every client's deadline timers, made on first use; a timer cancelled when
   * its call answers leaves the queue at once, so a thousand jobs' polls do not pile up timers.
   */
  private static ScheduledThreadPoolExecutor deadlines() {
    ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "imagegen deadlines");
      thread.setDaemon(true);
      return thread;
    });
    timers.setRemoveOnCancelPolicy(true);
    return timers;
  }

  /**
   * The HTTP request of {@code call}, which encodes its body. Retrofit reports a failure there untyped
   * ({@code Unable to convert ... to RequestBody}), with the cause deep in Jackson's wrapping; a
   * {@link RequestEncodingException} among the causes, such as an image file that could not be read,
   * is thrown as it is, and any other failure becomes one.
   */
  static Request request(Call<ResponseBody> call) {
    try {
      return call.request();
    } catch (RuntimeException e) {
      for (Throwable cause = e; cause != null; cause = cause.getCause()) {
        if (cause instanceof RequestEncodingException) {
          throw (RequestEncodingException) cause;
        }
      }
      throw new RequestEncodingException(e);
    }
  }

  /** One request about to go: its OkHttp call, with its limits, its name for messages, and when it went. */
  private final class Sending {
    final okhttp3.Call call;
    final CallTimeouts.Progress progress;
    final String name;
    final long startNanos;

    /**
     * @param perCall the caller's limit for connecting, writing, reading and the whole call
     * @param remaining the time left to an operation's deadline, which the whole call keeps too
     */
    Sending(Call<ResponseBody> retrofitCall, Optional<Duration> perCall, Optional<Duration> remaining) {
      Request request = request(retrofitCall);
      this.progress = CallTimeouts.Progress.of(client, perCall, remaining);
      this.call = client.newCall(sendable(request, progress));
      // OkHttp reads a timeout of zero as none, so a deadline that has come leaves the least there is.
      progress.callLimit().ifPresent(limit -> call.timeout().timeout(Math.max(1, limit.toNanos()), TimeUnit.NANOSECONDS));
      this.name = callLog.name(request);
      this.startNanos = System.nanoTime();
    }

    /** Logs the call's {@code answer}, or its {@code failure} when none came; {@code requestId} may be null. */
    void ended(Answer answer, Throwable failure, String requestId) {
      callLog.ended(call.request(), startNanos, answer, failure, requestId);
    }

    /**
     * {@code request} tagged with its progress, in one copy, its body marked one-shot: OkHttp's sign
     * that it must not be sent again, so that no follow-up of OkHttp's own (after a 503 with
     * {@code Retry-After: 0}, a 307 or 308, an authenticator's answer to a 401) repeats a POST, which
     * could run and bill a job twice. The progress learns when the request has been sent whole, so
     * that a timeout can be told a write's or a read's; a request without a body is sent with its headers.
     */
    private Request sendable(Request request, CallTimeouts.Progress progress) {
      Request.Builder sendable = request.newBuilder().tag(CallTimeouts.Progress.class, progress);
      RequestBody body = request.body();
      if (body == null) {
        progress.requestSent();
      } else {
        sendable.method(request.method(), new OneShotBody(body, progress::requestSent));
      }
      return sendable.build();
    }

    /** What {@code e} means: an image file that failed as the body streamed, a timeout, or a transport failure. */
    ImageGenException failure(String requestId, IOException e) {
      if (e instanceof RequestBodies.ImageReadFailure) {
        return ((RequestBodies.ImageReadFailure) e).getCause();
      }
      return progress.failure(name, requestId, e);
    }
  }
}
