package dev.imagegen.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A Segmind stand-in on 127.0.0.1, on a free port, for the benchmarks: {@code POST v1/flux-schnell}
 * and {@code POST v1/flux-controlnet} answer an image, {@code POST v2/flux-schnell} and
 * {@code POST v2/flux-controlnet} a queued request id. Every request body is read whole and thrown
 * away, so that an upload costs the client what it would against a real server. The image is a fixed
 * 2 KiB JPEG ({@link #start()}) or a PNG of any length, written as it is sent, so that the server holds no
 * large array ({@link #start(long)}).
 */
final class LoopbackImageServer implements AutoCloseable {

  /** The length of the JPEG {@link #start()} answers, in bytes. */
  static final int JPEG_BYTES = 2 * 1024;

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] QUEUED = "{\"request_id\":\"req-1\",\"status\":\"QUEUED\"}"
      .getBytes(StandardCharsets.UTF_8);
  /** What follows a large image's signature, written 64 KiB at a time; never written to. */
  private static final byte[] FILLER = filler(64 * 1024);
  private static final byte[] JPEG = jpeg();
  private static final int THREADS = 4;

  static {
    // The JDK server writes headers and body apart; with Nagle's algorithm on, a small answer can wait
    // for the client's delayed ACK (tens of ms on loopback) and swamp the call being measured.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final long imageBytes;

  private LoopbackImageServer(long imageBytes) throws IOException {
    this.imageBytes = imageBytes;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.threads = Executors.newFixedThreadPool(THREADS, task -> {
      Thread thread = new Thread(task, "loopback image server");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(threads);
    server.createContext("/v1/flux-schnell", this::answerImage);
    server.createContext("/v1/flux-controlnet", this::answerImage);
    server.createContext("/v2/flux-schnell", LoopbackImageServer::answerQueued);
    server.createContext("/v2/flux-controlnet", LoopbackImageServer::answerQueued);
    server.start();
  }

  /**
   * A started server whose image answers are a 2 KiB JPEG.
   *
   * @throws UncheckedIOException when no loopback port can be bound
   */
  static LoopbackImageServer start() {
    return start(-1);
  }

  /**
   * A started server whose image answers are a PNG of {@code imageBytes} bytes, written in 64 KiB
   * chunks with its length sent first.
   *
   * @param imageBytes the image's length, in bytes; at least 8 (the PNG signature)
   * @throws UncheckedIOException when no loopback port can be bound
   */
  static LoopbackImageServer start(long imageBytes) {
    try {
      return new LoopbackImageServer(imageBytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Serves the 2 KiB JPEG in a JVM of its own, so that a benchmark's allocation figures are the
   * client's alone: prints the base URL as its first line, then serves until its standard input ends.
   *
   * @throws IOException when standard input cannot be read
   */
  public static void main(String[] args) throws IOException {
    try (LoopbackImageServer server = start()) {
      System.out.println(server.baseUrl());
      System.out.flush();
      System.in.transferTo(OutputStream.nullOutputStream());
    }
  }

  /** The base URL to give a client, such as {@code http://127.0.0.1:41234/}. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }

  private void answerImage(HttpExchange exchange) throws IOException {
    if (imageBytes < 0) {
      answer(exchange, "image/jpeg", JPEG);
      return;
    }
    try (exchange) {
      discardBody(exchange);
      exchange.getResponseHeaders().set("Content-Type", "image/png");
      exchange.sendResponseHeaders(200, imageBytes);
      writePng(exchange.getResponseBody());
    }
  }

  private static void answerQueued(HttpExchange exchange) throws IOException {
    answer(exchange, "application/json", QUEUED);
  }

  private static void answer(HttpExchange exchange, String contentType, byte[] body) throws IOException {
    try (exchange) {
      discardBody(exchange);
      exchange.getResponseHeaders().set("Content-Type", contentType);
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
    }
  }

  private static void discardBody(HttpExchange exchange) throws IOException {
    try (InputStream body = exchange.getRequestBody()) {
      body.transferTo(OutputStream.nullOutputStream());
    }
  }

  /** The signature, then filler up to {@link #imageBytes}. */
  private void writePng(OutputStream out) throws IOException {
    out.write(PNG_SIGNATURE);
    for (long left = imageBytes - PNG_SIGNATURE.length; left > 0; left -= FILLER.length) {
      out.write(FILLER, 0, (int) Math.min(left, FILLER.length));
    }
  }

  /** The start-of-image and APP0 markers, then filler, {@link #JPEG_BYTES} long. */
  private static byte[] jpeg() {
    byte[] jpeg = filler(JPEG_BYTES);
    jpeg[0] = (byte) 0xFF;
    jpeg[1] = (byte) 0xD8;
    jpeg[2] = (byte) 0xFF;
    jpeg[3] = (byte) 0xE0;
    return jpeg;
  }

  private static byte[] filler(int length) {
    byte[] filler = new byte[length];
    Arrays.fill(filler, (byte) 0x5A);
    return filler;
  }
}
