package dev.imagegen.client.internal;

import dev.imagegen.client.error.CallTimeoutException;
import dev.imagegen.client.error.TransportException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Names each HTTP call, for messages and the log, and logs each call, each attempt on its own, as one
 * line at {@code DEBUG} to the {@link System.Logger} named {@value #LOGGER_NAME}: the call's name, the
 * status or, when no answer came, the kind of failure, the time taken in milliseconds, and the request
 * id when known:
 *
 * <pre>
 * POST v1/flux-schnell -&gt; 200 in 812 ms (request id r-99)
 * GET v2/requests/req-7f3a/status -&gt; failed (ConnectException) in 3 ms (request id req-7f3a)
 * GET https://cdn.example.com/out/7f3a.png -&gt; 200 in 95 ms
 * </pre>
 *
 * The time runs to the answer's head for a blocking call or a download, whose body the caller then
 * streams, and to the end of the body for an asynchronous call, which reads it whole.
 *
 * <p>Never a header, the query or a body; the line is redacted too, in case a server put the API key
 * into a request id or a URL. No line is built while the logger is off for {@code DEBUG}.
 *
 * <p>The exchange reports the API's calls; as an interceptor, this logs the media client's downloads.
 */
final class CallLog implements Interceptor {

  static final String LOGGER_NAME = "dev.imagegen.client";

  private static final System.Logger LOGGER = System.getLogger(LOGGER_NAME);

  private final Redactor redactor;
  private final String baseUrl;

  private CallLog(Redactor redactor, String baseUrl) {
    this.redactor = redactor;
    this.baseUrl = baseUrl;
  }

  /** The log of the API's calls, named by their method and URL relative to {@code baseUrl}. */
  static CallLog ofApi(Redactor redactor, String baseUrl) {
    // HttpUrl spells the URL as Retrofit's requests will (host in lower case, default port dropped).
    return new CallLog(redactor, HttpUrl.get(baseUrl).toString());
  }

  /** The log of media downloads, named by their method and whole URL, as {@code MediaFile} names them. */
  static CallLog ofDownloads(Redactor redactor) {
    return new CallLog(redactor, null);
  }

  /**
   * The name of {@code request} in messages and in the log: its method and URL without the query (which
   * may hold a signature), relative to the base URL when under it, such as {@code POST v1/flux-schnell}.
   */
  String name(Request request) {
    String url = request.url().newBuilder().query(null).build().toString();
    return request.method() + ' ' + (baseUrl != null && url.startsWith(baseUrl) ? url.substring(baseUrl.length()) : url);
  }

  private static boolean isOn() {
    return LOGGER.isLoggable(Level.DEBUG);
  }

  /**
   * Logs the end of {@code request}, sent at {@code startNanos} by {@link System#nanoTime()}: its
   * {@code answer}, or its {@code failure} when none came (exactly one of them is null).
   *
   * @param requestId the request id of the v2 job the call is about, named for a failure; null for none
   */
  void ended(Request request, long startNanos, Answer answer, Throwable failure, String requestId) {
    if (!isOn()) {
      return;
    }
    if (answer != null) {
      log(request, startNanos, String.valueOf(answer.status()), answer.requestId());
    } else {
      log(request, startNanos, failed(failure), requestId);
    }
  }

  /** Logs a download until its answer's head, or its failure. */
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (!isOn()) {
      return chain.proceed(request);
    }
    long startNanos = System.nanoTime();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      log(request, startNanos, failed(e), null);
      throw e;
    }
    log(request, startNanos, String.valueOf(response.code()), null);
    return response;
  }

  private void log(Request request, long startNanos, String outcome, String requestId) {
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    String line = name(request) + " -> " + outcome + " in " + millis + " ms"
        + (requestId == null ? "" : " (request id " + requestId + ')');
    LOGGER.log(Level.DEBUG, redactor.redact(line));
  }

  /**
   * {@code failed (<kind>)}: the limit of a timeout, {@code cancelled}, or the name of the I/O
   * exception; never its message.
   */
  private static String failed(Throwable failure) {
    String kind;
    if (failure instanceof CallTimeoutException) {
      kind = ((CallTimeoutException) failure).limit().name().toLowerCase(Locale.ROOT) + " timeout";
    } else if (failure instanceof CancellationException) {
      kind = "cancelled";
    } else {
      Throwable cause = failure instanceof TransportException && failure.getCause() != null ? failure.getCause() : failure;
      kind = cause.getClass().getSimpleName();
    }
    return "failed (" + kind + ')';
  }
}
