package dev.imagegen.client.internal;

import dev.imagegen.client.ClientOptions;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import retrofit2.Retrofit;

/** Builds the OkHttp client and Retrofit of one provider client from its options. */
final class HttpStack {

  /** How long an idle connection is kept, as in OkHttp's own pool. */
  private static final long IDLE_CONNECTION_MINUTES = 5;

  /** How long an idle dispatcher thread lives, as in OkHttp's own dispatcher. */
  private static final long IDLE_THREAD_SECONDS = 60;

  /**
   * Calls in flight at once on the default client, and so its most HTTP threads (OkHttp's blocking
   * I/O takes a thread per call); further calls queue. More than OkHttp's default of 5 per host, so
   * that the polls of eight jobs answered slowly do not queue, while the client's threads, with the
   * timer's and OkHttp's own (its task runner's and its timeout watchdog's, up to six), stay within
   * 16 however many jobs are awaited. A caller with more slow calls in flight passes its own
   * {@link OkHttpClient} with a larger dispatcher.
   */
  static final int MAX_CALLS_IN_FLIGHT = 8;

  /**
   * Shared so that clients built without an HTTP client share one connection pool and dispatcher. No
   * whole-call limit: one costs every call a wake-up of okio's timeout watchdog thread (about 25 us a
   * call on two cores, a fifth of a loopback call); the connect and read limits end a call that
   * stalls, and {@code ClientOptions.callTimeout} or {@code RequestOptions.withTimeout} bound a whole
   * call when asked. A v2 wait bounds each of its calls by its deadline.
   */
  private static final OkHttpClient DEFAULT_CLIENT = new OkHttpClient.Builder()
      .dispatcher(dispatcher())
      // As many idle connections kept as calls run at once: with OkHttp's 5, the calls beyond them open
      // new connections, whose closing keeps more of OkHttp's task threads busy.
      .connectionPool(new ConnectionPool(MAX_CALLS_IN_FLIGHT, IDLE_CONNECTION_MINUTES, TimeUnit.MINUTES))
      .connectTimeout(Duration.ofSeconds(10))
      .readTimeout(Duration.ofMinutes(2))
      .build();

  private HttpStack() {}

  /**
   * The given or default client, with the auth interceptor and any timeouts the options set. Each
   * request is sent once: OkHttp's silent retry is off (it would send a POST twice after a reset
   * connection), redirects are not followed (a 307 would re-send a POST, and any redirect to another
   * host would take the {@code x-api-key} header along), and no follow-up repeats a request (the
   * exchange marks every body one-shot). GETs are
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
        .addInterceptor(new AuthInterceptor(RuntimeAccess.provider(options), options.apiKey()))
        .addNetworkInterceptor(new NoSilentRetry())
        .addNetworkInterceptor(new BrokenAnswers())
        .build();
  }

  /**
   * The client for media URLs a server hands back: the given or default client with the options'
   * timeouts, but without the API key, which goes only to the base URL. Redirects are followed: with
   * no key and a GET, they can repeat or leak nothing. An answer that breaks OkHttp's reader fails the
   * download as an I/O error ({@link BrokenAnswers}). Each download is logged ({@link CallLog}); the
   * exchange logs the API's calls.
   */
  static OkHttpClient mediaClient(ClientOptions options) {
    return withTimeouts(options)
        .addInterceptor(CallLog.ofDownloads(new Redactor(options.apiKey())))
        .addNetworkInterceptor(new BrokenAnswers())
        .build();
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
        .addConverterFactory(new RequestBodies())
        .validateEagerly(true)
        .build();
  }

  private static Dispatcher dispatcher() {
    Dispatcher dispatcher = new Dispatcher(daemonThreads());
    dispatcher.setMaxRequests(MAX_CALLS_IN_FLIGHT);
    dispatcher.setMaxRequestsPerHost(MAX_CALLS_IN_FLIGHT);
    return dispatcher;
  }

  /**
   * At most {@link #MAX_CALLS_IN_FLIGHT} daemon threads, made as calls need them and ended after a
   * minute idle. Daemons, unlike OkHttp's default pool's, so that after an asynchronous poll they do
   * not keep the JVM of a finished program alive. A call handed over while every thread is busy, as
   * when a finishing call's thread has yet to return to the pool, waits in the queue rather than
   * being refused.
   */
  private static ExecutorService daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(MAX_CALLS_IN_FLIGHT, MAX_CALLS_IN_FLIGHT,
        IDLE_THREAD_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        task -> {
          Thread thread = new Thread(task, "imagegen HTTP " + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
