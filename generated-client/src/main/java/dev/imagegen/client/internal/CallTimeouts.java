package dev.imagegen.client.internal;

import dev.imagegen.client.error.CallTimeoutException;
import dev.imagegen.client.error.CallTimeoutException.Limit;
import dev.imagegen.client.error.TransportException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Lifts the client's connect, write and read limits from a call with a per-call timeout, which the
 * exchange sets as the whole call's limit: it bounds the call on its own, longer or shorter than the
 * client's limits, and one limit, not a race of equal ones, decides. Names a timeout by the limit
 * that passed. The first interceptor of
 * the client; it acts on requests tagged with a {@link Progress}, in which the exchange's one-shot
 * body notes when the request has been sent.
 */
final class CallTimeouts implements Interceptor {

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Progress progress = request.tag(Progress.class);
    if (progress == null) {
      return chain.proceed(request);
    }
    if (!progress.perCall) {
      return chain.proceed(request);
    }
    // Zero is no limit to OkHttp; the call's own timeout still cuts a stalled connect, write or read.
    return chain.withConnectTimeout(0, TimeUnit.MILLISECONDS)
        .withWriteTimeout(0, TimeUnit.MILLISECONDS)
        .withReadTimeout(0, TimeUnit.MILLISECONDS)
        .proceed(request);
  }

  /** One call's time limits, and whether its request has been sent; carried as the request's tag. */
  static final class Progress {
    private final boolean perCall;
    private final Duration connect;
    private final Duration write;
    private final Duration read;
    /** Null for none. */
    private final Duration call;
    private volatile boolean requestSent;

    private Progress(boolean perCall, Duration connect, Duration write, Duration read, Duration call) {
      this.perCall = perCall;
      this.connect = connect;
      this.write = write;
      this.read = read;
      this.call = call;
    }

    /**
     * The client's limits, or {@code perCall} as the whole call's and no other, with the whole call's
     * cut to {@code remaining}, the time left to an operation's deadline. A zero limit is none, as in
     * OkHttp.
     */
    static Progress of(OkHttpClient client, Optional<Duration> perCall, Optional<Duration> remaining) {
      Duration call = perCall.orElseGet(() -> client.callTimeoutMillis() == 0 ? null
          : Duration.ofMillis(client.callTimeoutMillis()));
      if (remaining.isPresent() && (call == null || remaining.get().compareTo(call) < 0)) {
        call = remaining.get();
      }
      if (perCall.isPresent()) {
        return new Progress(true, Duration.ZERO, Duration.ZERO, Duration.ZERO, call);
      }
      return new Progress(false, Duration.ofMillis(client.connectTimeoutMillis()),
          Duration.ofMillis(client.writeTimeoutMillis()), Duration.ofMillis(client.readTimeoutMillis()), call);
    }

    /** Notes that the request, body and all, has been handed to the connection. */
    void requestSent() {
      requestSent = true;
    }

    /** The limit the whole call keeps, if any. */
    Optional<Duration> callLimit() {
      return Optional.ofNullable(call);
    }

    /** A {@link CallTimeoutException} naming the limit {@code e} reports, else a {@link TransportException}. */
    TransportException failure(String what, String requestId, IOException e) {
      Optional<Limit> limit = limitOf(e);
      if (limit.isPresent()) {
        Duration value = valueOf(limit.get());
        if (value != null && !value.isZero()) {
          return new CallTimeoutException(what, requestId, limit.get(), value, e);
        }
      }
      return TransportException.during(what, requestId, e);
    }

    /**
     * OkHttp reports a socket's timeout as a {@link SocketTimeoutException} (the JDK's
     * {@code Connect timed out} when connecting) and the whole call's as an
     * {@link InterruptedIOException} {@code timeout}.
     */
    private Optional<Limit> limitOf(IOException e) {
      if (e instanceof SocketTimeoutException) {
        String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("connect")) {
          return Optional.of(Limit.CONNECT);
        }
        return Optional.of(requestSent ? Limit.READ : Limit.WRITE);
      }
      if (e instanceof InterruptedIOException && "timeout".equals(e.getMessage())) {
        return Optional.of(Limit.CALL);
      }
      return Optional.empty();
    }

    private Duration valueOf(Limit limit) {
      switch (limit) {
        case CONNECT:
          return connect;
        case WRITE:
          return write;
        case READ:
          return read;
        default:
          return call;
      }
    }
  }
}
