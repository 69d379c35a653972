package dev.imagegen.contract.client;

import dev.imagegen.client.ClientOptions;
import dev.imagegen.client.RetryPolicy;
import dev.imagegen.client.internal.RuntimeAccess;
import dev.imagegen.contract.mock.MockApi;
import dev.imagegen.contract.spec.ModelUnderTest;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * Clients pointed at the mock. On virtual time, polling, backoff and server-asked waits pass at once
 * and are recorded; on real time (for many jobs at once), polling and backoff take milliseconds.
 * The retry policy is the runtime's default, so its attempts are what users get.
 */
public final class Clients {

  /** The key of clients whose key does not matter to the property. */
  public static final String API_KEY = "contract-test-key-5f0c";

  /** Bounds an answer that never comes, such as one after a 1xx status. */
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration FAST_POLL = Duration.ofMillis(1);
  private static final Duration FAST_POLL_CAP = Duration.ofMillis(4);

  private Clients() {}

  /** A client on {@code clock}, with the provider's default poll interval and deadline. */
  public static GeneratedClient onVirtualTime(MockApi api, ModelUnderTest model, String apiKey, VirtualClock clock) {
    return onVirtualTime(api, model, apiKey, clock, UnaryOperator.identity());
  }

  /** As {@link #onVirtualTime(MockApi, ModelUnderTest, String, VirtualClock)}, with more settings. */
  public static GeneratedClient onVirtualTime(MockApi api, ModelUnderTest model, String apiKey, VirtualClock clock,
      UnaryOperator<ClientOptions.Builder<?>> more) {
    return GeneratedClient.of(model,
        builder -> more.apply(RuntimeAccess.scheduler(common(builder, api, model, apiKey), clock)));
  }

  /** A client of a server other than the tests' mock, such as one serving the generator's WireMock export. */
  public static GeneratedClient at(String baseUrl, ModelUnderTest model, VirtualClock clock) {
    return GeneratedClient.of(model,
        builder -> RuntimeAccess.scheduler(builder.apiKey(API_KEY).baseUrl(baseUrl).readTimeout(READ_TIMEOUT), clock));
  }

  /** A client on the wall clock that polls every millisecond or so. */
  public static GeneratedClient onRealTime(MockApi api, ModelUnderTest model, String apiKey) {
    return GeneratedClient.of(model, builder -> common(builder, api, model, apiKey)
        .pollInterval(FAST_POLL)
        .maxPollInterval(FAST_POLL_CAP)
        .retryPolicy(RetryPolicy.builder().baseDelay(FAST_POLL).maxDelay(FAST_POLL_CAP).build()));
  }

  /** A client on the wall clock whose read timeout is {@code readTimeout}, for properties that wait out real timeouts. */
  public static GeneratedClient withReadTimeout(MockApi api, ModelUnderTest model, Duration readTimeout) {
    return GeneratedClient.of(model, builder -> common(builder, api, model, API_KEY).readTimeout(readTimeout));
  }

  private static ClientOptions.Builder<?> common(ClientOptions.Builder<?> builder, MockApi api, ModelUnderTest model,
      String apiKey) {
    return builder.apiKey(apiKey).baseUrl(api.baseUrl(model)).readTimeout(READ_TIMEOUT);
  }
}
