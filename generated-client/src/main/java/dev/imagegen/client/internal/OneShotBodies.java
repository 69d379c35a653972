package dev.imagegen.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Marks every request body one-shot, OkHttp's sign that a request must not be sent again: no
 * follow-up of OkHttp's own (after a 503 with {@code Retry-After: 0}, a 307 or 308, an authenticator's
 * answer to a 401) repeats a POST, which could run and bill a job twice. Notes in the request's
 * {@link CallTimeouts.Progress}, when it has one, once the request has been sent, so that a timeout
 * can be told a write's or a read's.
 */
final class OneShotBodies implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallTimeouts.Progress progress = request.tag(CallTimeouts.Progress.class);
    Runnable whenSent = progress == null ? () -> { } : progress::requestSent;
    RequestBody body = request.body();
    if (body == null) {
      whenSent.run();
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().method(request.method(), new OneShotBody(body, whenSent)).build());
  }
}
