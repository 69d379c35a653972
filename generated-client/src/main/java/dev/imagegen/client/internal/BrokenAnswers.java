package dev.imagegen.client.internal;

import java.io.IOException;
import java.net.ProtocolException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Turns an unchecked exception from OkHttp's exchange with the server into the {@link IOException} of
 * a failed call, as any other failure below HTTP. The one known: OkHttp 4.12 skips one 1xx head and
 * takes a second as the final answer, then fails its own check on opening that answer's body
 * ({@code IllegalStateException: state: 3}). Unchecked, it would escape a blocking call as it is, and
 * an asynchronous call, after reporting it to its callback as an {@link IOException}, throws it again
 * on the dispatcher's thread, where nothing catches it.
 *
 * <p>The innermost network interceptor, so that only OkHttp's exchange with the server runs inside it.
 */
final class BrokenAnswers implements Interceptor {

  /**
   * @throws IOException when the exchange fails, or breaks OkHttp: then with OkHttp's exception as the
   *     cause
   */
  @Override
  public Response intercept(Chain chain) throws IOException {
    try {
      return chain.proceed(chain.request());
    } catch (RuntimeException e) {
      ProtocolException broken = new ProtocolException("the answer broke the HTTP exchange: " + e);
      broken.initCause(e);
      throw broken;
    }
  }
}
