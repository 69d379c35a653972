package dev.imagegen.client.internal;

import dev.imagegen.client.ClientOptions;
import java.time.Duration;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/** Builds the OkHttp client and Retrofit of one provider client from its options. */
final class HttpStack {

  /** Shared so that clients built without an HTTP client share one connection pool and dispatcher. */
  private static final OkHttpClient DEFAULT_CLIENT = new OkHttpClient.Builder()
      .connectTimeout(Duration.ofSeconds(10))
      .readTimeout(Duration.ofMinutes(2))
      .callTimeout(Duration.ofMinutes(10))
      .build();

  private HttpStack() {}

  /**
   * The given or default client, with the auth interceptor and any timeouts the options set. OkHttp's
   * own silent retry is turned off: it would send a POST twice after a reset connection, and GETs are
   * retried by {@link RetryingGet}, within the retry policy.
   */
  static OkHttpClient client(ClientOptions options) {
    OkHttpClient.Builder builder = options.httpClient().orElse(DEFAULT_CLIENT).newBuilder()
        .retryOnConnectionFailure(false);
    options.callTimeout().ifPresent(builder::callTimeout);
    options.connectTimeout().ifPresent(builder::connectTimeout);
    options.readTimeout().ifPresent(builder::readTimeout);
    return builder.addInterceptor(new AuthInterceptor(options.provider(), options.apiKey())).build();
  }

  static Retrofit retrofit(ClientOptions options, OkHttpClient client) {
    return new Retrofit.Builder()
        .baseUrl(options.baseUrl())
        .client(client)
        .addConverterFactory(JacksonConverterFactory.create(WireJson.MAPPER))
        .validateEagerly(true)
        .build();
  }
}
