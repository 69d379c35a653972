package dev.imagegen.client.internal;

import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.error.TransportException;
import java.io.IOException;
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
 * {@link TransportException}s.
 */
final class Exchange {

  private final String baseUrl;

  Exchange(String baseUrl) {
    // HttpUrl spells the URL as Retrofit's requests will (host in lower case, default port dropped).
    this.baseUrl = HttpUrl.get(baseUrl).toString();
  }

  /** {@code POST v1/flux-schnell}. */
  String name(Call<?> call) {
    Request request = call.request();
    String url = request.url().toString();
    return request.method() + ' ' + (url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url);
  }

  Answer execute(Call<ResponseBody> call, RequestOptions options) {
    String name = prepare(call, options);
    try {
      return new Answer(name, call.execute());
    } catch (IOException e) {
      throw TransportException.during(name, e);
    }
  }

  /** The answer, without a thread waiting for it; cancelling the future cancels the call. */
  CompletableFuture<Answer> send(Call<ResponseBody> call, RequestOptions options) {
    String name = prepare(call, options);
    CompletableFuture<Answer> answer = new CompletableFuture<>();
    call.enqueue(new Callback<ResponseBody>() {
      @Override
      public void onResponse(Call<ResponseBody> sent, Response<ResponseBody> response) {
        Answer received = new Answer(name, response);
        if (!answer.complete(received)) {
          received.discard();
        }
      }

      @Override
      public void onFailure(Call<ResponseBody> sent, Throwable failure) {
        answer.completeExceptionally(
            failure instanceof IOException ? TransportException.during(name, (IOException) failure) : failure);
      }
    });
    answer.whenComplete((received, failure) -> {
      if (answer.isCancelled()) {
        call.cancel();
      }
    });
    return answer;
  }

  private String prepare(Call<ResponseBody> call, RequestOptions options) {
    options.timeout().ifPresent(timeout -> call.timeout().timeout(timeout.toNanos(), TimeUnit.NANOSECONDS));
    return name(call);
  }
}
