package dev.imagegen.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;

/**
 * Marks every request body one-shot, OkHttp's sign that a request must not be sent again: no
 * follow-up of OkHttp's own (after a 503 with {@code Retry-After: 0}, a 307 or 308, an authenticator's
 * answer to a 401) repeats a POST, which could run and bill a job twice.
 */
final class OneShotBodies implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    RequestBody body = request.body();
    if (body == null || body.isOneShot()) {
      return chain.proceed(request);
    }
    return chain.proceed(request.newBuilder().method(request.method(), new OneShot(body)).build());
  }

  /** {@code body}, marked one-shot. */
  private static final class OneShot extends RequestBody {
    private final RequestBody body;

    OneShot(RequestBody body) {
      this.body = body;
    }

    @Override
    public MediaType contentType() {
      return body.contentType();
    }

    @Override
    public long contentLength() throws IOException {
      return body.contentLength();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      body.writeTo(sink);
    }

    @Override
    public boolean isOneShot() {
      return true;
    }
  }
}
