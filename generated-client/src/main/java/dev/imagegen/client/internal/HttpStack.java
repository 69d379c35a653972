package dev.imagegen.client.internal;

import dev.imagegen.client.ClientOptions;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;
import retrofit2.converter.jackson.JacksonConverterFactory;

/** Builds the OkHttp client and Retrofit of one provider client from its options. */
final class HttpStack {

  /** How long an idle dispatcher thread lives, as in OkHttp's own dispatcher. */
  private static final long IDLE_THREAD_SECONDS = 60;

  /**
   * Calls in flight to one host on the default client. OkHttp's default of 5 would queue the polls of
   * many interleaved jobs, all to one API host, behind each other and past their deadlines; 64 is
   * also OkHttp's limit across all hosts.
   */
  private static final int MAX_REQUESTS_PER_HOST = 64;

  /** Shared so that clients built without an HTTP client share one connection pool and dispatcher. */
  private static final OkHttpClient DEFAULT_CLIENT = new OkHttpClient.Builder()
      .dispatcher(dispatcher())
      .connectTimeout(Duration.ofSeconds(10))
      .readTimeout(Duration.ofMinutes(2))
      .callTimeout(Duration.ofMinutes(10))
      .build();

  private HttpStack() {}

  /**
   * The given or default client, with the auth interceptor and any timeouts the options set. Each
   * request is sent once: OkHttp's silent retry is off (it would send a POST twice after a reset
   * connection), redirects are not followed (a 307 would re-send a POST, and any redirect to another
   * host would take the {@code x-api-key} header along), and no follow-up repeats a request. GETs are
   * retried by {@link RetryingGet}, within the retry policy. An answer that breaks OkHttp's reader fails
   * the call as an I/O error ({@link BrokenAnswers}).
   *
   * <p>A given client's dispatcher is used as it is: its limits (OkHttp's default is 5 calls in flight
   * per host) are the caller's to set.
   */
  static OkHttpClient client(ClientOptions options) {
    return withTimeouts(options)
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false)
        .addInterceptor(new CallTimeouts())
        .addInterceptor(new AuthInterceptor(options.provider(), options.apiKey()))
        .addInterceptor(new OneShotBodies())
        .addNetworkInterceptor(new NoSilentRetry())
        .addNetworkInterceptor(new BrokenAnswers())
        .build();
  }

  /**
   * The client for media URLs a server hands back: the given or default client with the options'
   * timeouts, but without the API key, which goes only to the base URL. Redirects are followed: with
   * no key and a GET, they can repeat or leak nothing. An answer that breaks OkHttp's reader fails the
   * download as an I/O error ({@link BrokenAnswers}).
   */
  static OkHttpClient mediaClient(ClientOptions options) {
    return withTimeouts(options).addNetworkInterceptor(new BrokenAnswers()).build();
  }

  /** The given or default client's builder, with the timeouts the options set. */
  private static OkHttpClient.Builder withTimeouts(ClientOptions options) {
    OkHttpClient.Builder builder = options.httpClient().orElse(DEFAULT_CLIENT).newBuilder();
    options.callTimeout().ifPresent(builder::callTimeout);
    options.connectTimeout().ifPresent(builder::connectTimeout);
    options.readTimeout().ifPresent(builder::readTimeout);
    return builder;
  }

  static Retrofit retrofit(ClientOptions options, OkHttpClient client) {
    return new Retrofit.Builder()
        .baseUrl(options.baseUrl())
        .client(client)
        .addConverterFactory(JacksonConverterFactory.create(WireJson.MAPPER))
        .validateEagerly(true)
        .build();
  }

  private static Dispatcher dispatcher() {
    Dispatcher dispatcher = new Dispatcher(daemonThreads());
    dispatcher.setMaxRequestsPerHost(MAX_REQUESTS_PER_HOST);
    return dispatcher;
  }

  /**
   * OkHttp's dispatcher pool, but of daemon threads: the default one's threads are not, so after an
   * asynchronous poll they would keep the JVM of a finished program alive for another minute.
   */
  private static ExecutorService daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_THREAD_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(),
        task -> {
          Thread thread = new Thread(task, "imagegen HTTP " + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
  }
}
