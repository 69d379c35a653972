package dev.imagegen.client.internal;

import java.io.IOException;
import java.util.regex.Pattern;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps OkHttp from repeating a request on its own after a 503 that says {@code Retry-After: 0}, so
 * that {@link RetryingGet} alone decides, within the retry policy, whether a call is sent again.
 *
 * <p>A network interceptor: OkHttp repeats such a request only when the value is the integer zero,
 * so it is given as the decimal {@code 0.0}, which means the same wait to {@link ServerWait}. Error
 * answers' headers are seen by nothing else.
 */
final class NoSilentRetry implements Interceptor {

  private static final int SERVICE_UNAVAILABLE = 503;
  private static final String RETRY_AFTER = "Retry-After";
  private static final Pattern INTEGER_ZERO = Pattern.compile("0+");

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    String retryAfter = response.header(RETRY_AFTER);
    if (response.code() != SERVICE_UNAVAILABLE || retryAfter == null || !INTEGER_ZERO.matcher(retryAfter).matches()) {
      return response;
    }
    return response.newBuilder().header(RETRY_AFTER, "0.0").build();
  }
}
