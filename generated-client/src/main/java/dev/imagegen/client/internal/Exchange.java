package dev.imagegen.client.internal;

import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.error.RequestEncodingException;
import dev.imagegen.client.error.TransportException;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Sends Retrofit calls once, blocking or asynchronously, with the per-call timeout; names each call
 * by its method and path relative to the base URL, and turns I/O failures into
 * {@link TransportException}s. The request is built before anything is sent, so a body that cannot be
 * encoded fails as a {@link RequestEncodingException} with nothing sent.
 */
final class Exchange {

  private final String baseUrl;

  Exchange(String baseUrl) {
    // HttpUrl spells the URL as Retrofit's requests will (host in lower case, default port dropped).
    this.baseUrl = HttpUrl.get(baseUrl).toString();
  }

  /** Sends {@code call}, which concerns no known v2 job, and blocks for its answer. */
  Answer execute(Call<ResponseBody> call, RequestOptions options) {
    String name = prepare(call, options.timeout());
    try {
      return new Answer(name, call.execute(), null);
    } catch (IOException e) {
      throw TransportException.during(name, null, e);
    } catch (RuntimeException e) {
      // OkHttp throws some breaches of HTTP unchecked, such as a 1xx as the final answer to a POST
      // ("state: 3"); its asynchronous calls report them as this IOException, so both paths agree.
      throw TransportException.during(name, null, new IOException("canceled due to " + e, e));
    }
  }

  /**
   * The answer, without a thread waiting for it; cancelling the future cancels the call. The call
   * ends by {@code deadline} at the latest.
   *
   * @param jobId the v2 job the call is about, carried by its answer and its failures
   */
  CompletableFuture<Answer> send(Call<ResponseBody> call, RequestOptions options, Deadline deadline, String jobId) {
    String name = prepare(call, shorter(options.timeout(), deadline.remaining()));
    CompletableFuture<Answer> answer = new CompletableFuture<>();
    call.enqueue(new Callback<ResponseBody>() {
      @Override
      public void onResponse(Call<ResponseBody> sent, Response<ResponseBody> response) {
        Answer received = new Answer(name, response, jobId);
        if (!answer.complete(received)) {
          received.discard();
        }
      }

      @Override
      public void onFailure(Call<ResponseBody> sent, Throwable failure) {
        answer.completeExceptionally(failure instanceof IOException
            ? TransportException.during(name, jobId, (IOException) failure)
            : failure);
      }
    });
    answer.whenComplete((received, failure) -> {
      if (answer.isCancelled()) {
        call.cancel();
      }
    });
    return answer;
  }

  /**
   * Builds the request, sets the call's timeout, when there is one, and names the call:
   * {@code POST v1/flux-schnell}.
   */
  private String prepare(Call<ResponseBody> call, Optional<Duration> timeout) {
    Request request = RequestBuilding.request(call);
    // OkHttp reads a timeout of zero as none, so a deadline that has come leaves the least there is.
    timeout.ifPresent(limit -> call.timeout().timeout(Math.max(1, limit.toNanos()), TimeUnit.NANOSECONDS));
    String url = request.url().toString();
    return request.method() + ' ' + (url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url);
  }

  private static Optional<Duration> shorter(Optional<Duration> first, Optional<Duration> second) {
    if (first.isEmpty() || second.isEmpty()) {
      return first.isPresent() ? first : second;
    }
    return Optional.of(first.get().compareTo(second.get()) <= 0 ? first.get() : second.get());
  }
}
