package dev.imagegen.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A loopback fake of Segmind's v2 flow, on the JDK's HTTP server: {@code POST /v2/flux-schnell}
 * accepts the n-th job as {@code req-n}, which then takes the n-th of the given durations;
 * {@code GET /v2/requests/req-n/status} answers PROCESSING until then and COMPLETED after;
 * {@code GET /v2/requests/req-n} answers the result, whose output names the request id. It records
 * when each job was accepted and how many status calls it got. Its threads are named, so that they
 * do not count as the client's.
 */
final class JobServer implements AutoCloseable {

  private static final int THREADS = 4;
  /** The names of its threads start so, or are the JDK server's own. */
  private static final String THREAD_NAME = "fake Segmind";

  static {
    // The JDK server writes headers and body apart; with Nagle's algorithm on, each small answer can
    // wait for the client's delayed ACK (tens of ms on loopback), which throttles every poll.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }
  private static final String STATUS_SUFFIX = "/status";
  private static final String REQUESTS = "/v2/requests/req-";

  private final HttpServer server;
  private final ExecutorService threads;
  private final long[] durationsNanos;
  private final AtomicLongArray acceptedAt;
  private final AtomicInteger[] statusCalls;
  private final AtomicInteger submitted = new AtomicInteger();
  private final Map<Integer, Boolean> resultsServed = new ConcurrentHashMap<>();

  /** @param durationsNanos how long each job takes after it is accepted, in nanoseconds, in order of submission */
  JobServer(long[] durationsNanos) throws IOException {
    this.durationsNanos = durationsNanos.clone();
    this.acceptedAt = new AtomicLongArray(durationsNanos.length);
    this.statusCalls = new AtomicInteger[durationsNanos.length];
    for (int i = 0; i < statusCalls.length; i++) {
      statusCalls[i] = new AtomicInteger();
    }
    ThreadPoolExecutor pool = (ThreadPoolExecutor) Executors.newFixedThreadPool(THREADS,
        task -> new Thread(task, THREAD_NAME));
    pool.prestartAllCoreThreads();
    this.threads = pool;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    server.setExecutor(threads);
    server.createContext("/v2/flux-schnell", this::submit);
    server.createContext("/v2/requests/", this::requests);
    server.start();
  }

  /** Whether a thread of this name is one of a fake's: its pool's, or the JDK server's dispatcher and idle timer. */
  static boolean isServerThread(String name) {
    return name.equals(THREAD_NAME) || name.equals("HTTP-Dispatcher") || name.equals("idle-timeout-task");
  }

  String baseUrl() {
    return "http://" + server.getAddress().getHostString() + ':' + server.getAddress().getPort() + '/';
  }

  /** How many jobs it takes, one per duration given. */
  int jobs() {
    return durationsNanos.length;
  }

  /** When job {@code n} completes, in {@link System#nanoTime()}. */
  long completesAt(int n) {
    return acceptedAt.get(n) + durationsNanos[n];
  }

  int statusCalls(int n) {
    return statusCalls[n].get();
  }

  /** Jobs whose result was asked for at least once. */
  int resultsServed() {
    return resultsServed.size();
  }

  private void submit(HttpExchange exchange) throws IOException {
    discard(exchange.getRequestBody());
    int n = submitted.getAndIncrement();
    acceptedAt.set(n, System.nanoTime());
    answer(exchange, "{\"request_id\":\"req-" + n + "\",\"status\":\"QUEUED\"}");
  }

  private void requests(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    boolean status = path.endsWith(STATUS_SUFFIX);
    int n = Integer.parseInt(path.substring(REQUESTS.length(), path.length() - (status ? STATUS_SUFFIX.length() : 0)));
    boolean completed = System.nanoTime() >= completesAt(n);
    if (status) {
      statusCalls[n].incrementAndGet();
      answer(exchange, "{\"status\":\"" + (completed ? "COMPLETED" : "PROCESSING") + "\"}");
    } else if (completed) {
      resultsServed.put(n, true);
      answer(exchange, "{\"status\":\"COMPLETED\",\"output\":\"https://cdn.example.test/req-" + n + ".jpg\"}");
    } else {
      answer(exchange, "{\"status\":\"PROCESSING\"}");
    }
  }

  private static void discard(InputStream body) throws IOException {
    try (body) {
      body.transferTo(OutputStream.nullOutputStream());
    }
  }

  private static void answer(HttpExchange exchange, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
