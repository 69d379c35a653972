package dev.imagegen.client;

import dev.imagegen.client.internal.Durations;
import dev.imagegen.client.internal.ProviderDescriptor;
import dev.imagegen.client.internal.RuntimeAccess;
import dev.imagegen.client.internal.Scheduler;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Immutable settings of a provider client: API key, base URL, HTTP client, timeouts, retries, polling.
 *
 * <pre>{@code
 * SegmindClient segmind = SegmindClient.builder()
 *     .apiKey(key)
 *     .readTimeout(Duration.ofMinutes(2))
 *     .build();
 * }</pre>
 *
 * <p>The API key never appears in {@link #toString()}. A client's options are {@code client.options()}.
 */
public final class ClientOptions {

  static {
    RuntimeAccess.install(new PackageAccess());
  }

  private final ProviderDescriptor provider;
  private final String apiKey;
  private final String baseUrl;
  private final OkHttpClient httpClient;
  private final Duration callTimeout;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final RetryPolicy retryPolicy;
  private final Duration pollInterval;
  private final Duration maxPollInterval;
  private final Duration deadline;
  private final Scheduler scheduler;

  private ClientOptions(Builder<?> builder, String apiKey, String baseUrl) {
    this.provider = builder.provider;
    this.apiKey = apiKey;
    this.baseUrl = baseUrl;
    this.httpClient = builder.httpClient;
    this.callTimeout = builder.callTimeout;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.retryPolicy = builder.retryPolicy;
    this.pollInterval = builder.pollInterval;
    this.maxPollInterval = builder.maxPollInterval;
    this.deadline = builder.deadline;
    this.scheduler = builder.scheduler;
  }

  /**
   * A builder for {@code provider} whose {@code build()} hands the options to {@code clientFactory}; a
   * generated client's {@code builder()} reaches it through {@link RuntimeAccess}.
   */
  static <C> Builder<C> builder(ProviderDescriptor provider, Function<ClientOptions, C> clientFactory) {
    return new Builder<>(provider, clientFactory);
  }

  /** The provider these options are for. */
  ProviderDescriptor provider() { return provider; }

  /** The API key; keep it out of logs. */
  public String apiKey() { return apiKey; }

  /** The base URL, ending with {@code /}. */
  public String baseUrl() { return baseUrl; }

  /** The HTTP client to build on, when one was given; its connection pool and dispatcher are shared. */
  public Optional<OkHttpClient> httpClient() { return Optional.ofNullable(httpClient); }

  /** Timeout of a whole HTTP call, when set; zero means none. */
  public Optional<Duration> callTimeout() { return Optional.ofNullable(callTimeout); }

  /** Timeout of opening a connection, when set. */
  public Optional<Duration> connectTimeout() { return Optional.ofNullable(connectTimeout); }

  /** The longest silence while reading an answer, when set. */
  public Optional<Duration> readTimeout() { return Optional.ofNullable(readTimeout); }

  /** When and how often a failed call is tried again; {@link RetryPolicy#defaults()} unless set. */
  public RetryPolicy retryPolicy() { return retryPolicy; }

  /** The first wait between status polls, when set; otherwise the provider's. */
  public Optional<Duration> pollInterval() { return Optional.ofNullable(pollInterval); }

  /**
   * The cap of the wait between status polls, which grows after a job's first 30 s, when set;
   * otherwise five poll intervals.
   */
  public Optional<Duration> maxPollInterval() { return Optional.ofNullable(maxPollInterval); }

  /** How long a job is awaited by default, when set; otherwise the provider's. */
  public Optional<Duration> deadline() { return Optional.ofNullable(deadline); }

  /** The source of time for polling, backoff and deadlines: the system's, unless a test set another. */
  Scheduler scheduler() { return scheduler; }

  @Override
  public String toString() {
    return "ClientOptions{provider=" + provider.id() + ", baseUrl=" + baseUrl + ", apiKey=****"
        + ", httpClient=" + (httpClient == null ? "default" : "given")
        + ", callTimeout=" + callTimeout + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
        + ", retryPolicy=" + retryPolicy + ", pollInterval=" + pollInterval + ", maxPollInterval=" + maxPollInterval
        + ", deadline=" + deadline + '}';
  }

  /**
   * Builds the options, then the client of type {@code C}. Only {@link #apiKey(String)} (or
   * {@link #fromEnv()}) is required; timeouts left unset keep the HTTP client's.
   */
  public static final class Builder<C> {
    private final ProviderDescriptor provider;
    private final Function<ClientOptions, C> clientFactory;
    private String apiKey;
    private String baseUrl;
    private OkHttpClient httpClient;
    private Duration callTimeout;
    private Duration connectTimeout;
    private Duration readTimeout;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration pollInterval;
    private Duration maxPollInterval;
    private Duration deadline;
    private Scheduler scheduler = Scheduler.system();

    private Builder(ProviderDescriptor provider, Function<ClientOptions, C> clientFactory) {
      this.provider = Objects.requireNonNull(provider, "provider");
      this.clientFactory = Objects.requireNonNull(clientFactory, "clientFactory");
    }

    /**
     * The provider's API key.
     *
     * @throws IllegalArgumentException when it is blank or holds a character an HTTP header cannot carry
     */
    public Builder<C> apiKey(String apiKey) {
      this.apiKey = checkedKey(apiKey, "apiKey");
      return this;
    }

    /** An http(s) URL; a missing trailing {@code /} is added. */
    public Builder<C> baseUrl(String baseUrl) {
      this.baseUrl = normalisedBaseUrl(baseUrl, "baseUrl");
      return this;
    }

    /** The API key from the provider's variable (such as {@code SEGMIND_API_KEY}), and the base URL where set. */
    public Builder<C> fromEnv() {
      return fromEnv(System::getenv);
    }

    /** As {@link #fromEnv()}, reading variables through {@code env}, which returns null for an unset one. */
    public Builder<C> fromEnv(Function<String, String> env) {
      String keyVariable = provider.apiKeyEnv();
      String key = env.apply(keyVariable);
      if (key == null || key.isBlank()) {
        throw new IllegalStateException(keyVariable + " is not set; export the " + provider.title()
            + " API key or pass it to the client builder's apiKey(...)");
      }
      this.apiKey = checkedKey(key, keyVariable);
      provider.baseUrlEnv().ifPresent(variable -> {
        String url = env.apply(variable);
        if (url != null && !url.isBlank()) {
          this.baseUrl = normalisedBaseUrl(url.trim(), variable);
        }
      });
      return this;
    }

    /**
     * The HTTP client to build on: its connection pool, dispatcher, interceptors and timeouts are kept.
     * Its dispatcher is not changed: OkHttp's default allows 5 calls in flight per host, so the polls of
     * more jobs awaited at once queue behind each other, possibly past their deadlines; raise it with
     * {@code dispatcher.setMaxRequestsPerHost(...)}. Without a client of yours, the client's own allows 64.
     */
    public Builder<C> httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** Timeout of each whole HTTP call; zero for none. */
    public Builder<C> callTimeout(Duration timeout) {
      this.callTimeout = Durations.requireNotNegative("callTimeout", timeout);
      return this;
    }

    /** Timeout of opening a connection; zero for none. */
    public Builder<C> connectTimeout(Duration timeout) {
      this.connectTimeout = Durations.requireNotNegative("connectTimeout", timeout);
      return this;
    }

    /** The longest silence while reading an answer; zero for none. */
    public Builder<C> readTimeout(Duration timeout) {
      this.readTimeout = Durations.requireNotNegative("readTimeout", timeout);
      return this;
    }

    /** When and how often a failed call is tried again; {@link RetryPolicy#defaults()} unless set. */
    public Builder<C> retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /** The first wait between status polls of a job; the provider's unless set. */
    public Builder<C> pollInterval(Duration interval) {
      this.pollInterval = Durations.requirePositive("pollInterval", interval);
      return this;
    }

    /**
     * The cap of the wait between status polls, which grows after a job's first 30 s; five poll
     * intervals unless set.
     */
    public Builder<C> maxPollInterval(Duration interval) {
      this.maxPollInterval = Durations.requirePositive("maxPollInterval", interval);
      return this;
    }

    /** How long {@code Job.await()} and {@code Job.future()} wait by default. */
    public Builder<C> deadline(Duration deadline) {
      this.deadline = Durations.requirePositive("deadline", deadline);
      return this;
    }

    /** The source of time for polling, backoff and deadlines; tests set a fake through {@link RuntimeAccess}. */
    Builder<C> scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * The options, handed to the client factory: for a generated client's builder, the client.
     *
     * @throws IllegalStateException when no API key was set, or no base URL for a provider without a default
     */
    public C build() {
      if (apiKey == null) {
        throw new IllegalStateException("no API key: call apiKey(...) or fromEnv(), which reads "
            + provider.apiKeyEnv());
      }
      String url = baseUrl != null ? baseUrl : provider.defaultBaseUrl()
          .map(defaultUrl -> normalisedBaseUrl(defaultUrl, "the default base URL of " + provider.id()))
          .orElseThrow(() -> new IllegalStateException("no base URL: call baseUrl(...)"
              + provider.baseUrlEnv().map(variable -> " or set " + variable).orElse("")));
      return clientFactory.apply(new ClientOptions(this, apiKey, url));
    }

    /** {@code key} without surrounding whitespace; refuses blank keys and characters a header cannot carry, never quoting the key. */
    private static String checkedKey(String key, String source) {
      if (key == null || key.isBlank()) {
        throw new IllegalArgumentException(source + " is blank");
      }
      String trimmed = key.trim();
      // OkHttp would refuse such a key later, quoting it in its message.
      if (!trimmed.chars().allMatch(c -> c > ' ' && c < 0x7f)) {
        throw new IllegalArgumentException(source + " holds a character that an HTTP header cannot carry");
      }
      return trimmed;
    }

    private static String normalisedBaseUrl(String url, String source) {
      HttpUrl parsed = url == null ? null : HttpUrl.parse(url);
      if (parsed == null) {
        throw new IllegalArgumentException(source + " is not an http(s) URL: \"" + url + '"');
      }
      if (parsed.query() != null || parsed.fragment() != null) {
        throw new IllegalArgumentException(source + " has a query or fragment, which a base URL cannot: \"" + url + '"');
      }
      return url.endsWith("/") ? url : url + '/';
    }
  }
}
