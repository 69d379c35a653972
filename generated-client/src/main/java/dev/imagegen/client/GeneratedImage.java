package dev.imagegen.client;

import dev.imagegen.client.error.TransportException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The output of a sync call: image bytes (decoded when the server sent base64 or a base64
 * {@code data:} URI), content type, and what the server's response headers report: request id, cost,
 * remaining credits, generation time and seed. Which headers carry these is declared in the provider
 * spec's {@code responseHeaders} (at Segmind {@code x-request-id}, {@code x-cost},
 * {@code x-remaining-credits}, {@code x-generation-time} and {@code x-seed-value}, per
 * docs.segmind.com); each is empty when the answer lacks it or it is not a number.
 *
 * <p>The body is streamed: read it once with {@link #writeTo(Path)} or {@link #stream()}, or call
 * {@link #bytes()} or {@link #byteBuffer()}, which keep the bytes for later calls. Close an image you
 * do not read.
 *
 * <pre>{@code
 * GeneratedImage image = segmind.fluxSchnell().generate(request);
 * image.writeTo(Path.of("tiger.jpg"));
 * image.remainingCredits().ifPresent(credits -> System.out.println(credits + " credits left"));
 * }</pre>
 */
public final class GeneratedImage implements Closeable {

  /**
   * The largest declared length read into an array of that size at once, in bytes; a longer body's
   * array grows as it is read, so that a length the server merely declares cannot take the heap.
   */
  private static final long EXACT_READ_LIMIT = 16 * 1024 * 1024;

  private final String call;
  private final ResponseInfo response;
  private final String contentType;
  private final boolean decodedFromBase64;
  private final String requestId;
  private final BigDecimal cost;
  private final BigDecimal remainingCredits;
  private final Duration generationTime;
  private final Long seed;
  private final long length;
  private InputStream content;
  private byte[] bytes;

  /**
   * Made by the runtime, through {@code RuntimeAccess}; each reported value is null when the server did not say.
   *
   * @param call the call that produced the image, for messages, such as {@code POST v1/flux-schnell}
   * @param content the image bytes, already decoded from base64 where the server sent text
   * @param length the number of bytes {@code content} holds, in bytes; -1 when unknown
   * @param cost in credits
   * @param remainingCredits in credits
   */
  GeneratedImage(String call, ResponseInfo response, String contentType, InputStream content,
      long length, boolean decodedFromBase64, String requestId, BigDecimal cost, BigDecimal remainingCredits,
      Duration generationTime, Long seed) {
    this.call = call;
    this.response = response;
    this.contentType = contentType;
    this.content = content;
    this.length = length;
    this.decodedFromBase64 = decodedFromBase64;
    this.requestId = requestId;
    this.cost = cost;
    this.remainingCredits = remainingCredits;
    this.generationTime = generationTime;
    this.seed = seed;
  }

  /**
   * The image's content type, such as {@code image/jpeg}: the answer's, or for base64 text, the type
   * its decoded bytes begin with ({@code application/octet-stream} when they are no PNG, JPEG, WebP or GIF).
   */
  public String contentType() {
    return contentType;
  }

  /** True when the server sent base64 text, which was decoded here. */
  public boolean decodedFromBase64() {
    return decodedFromBase64;
  }

  /** The request id, to quote to support, when a response header carries one. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** What this call cost, in credits; credits may be fractional. */
  public Optional<BigDecimal> cost() {
    return Optional.ofNullable(cost);
  }

  /** The account's credit balance after this call, in credits; credits may be fractional. */
  public Optional<BigDecimal> remainingCredits() {
    return Optional.ofNullable(remainingCredits);
  }

  /** The server's time to generate the image. */
  public Optional<Duration> generationTime() {
    return Optional.ofNullable(generationTime);
  }

  /** The seed the model used, to generate the same image again. */
  public OptionalLong seed() {
    return seed == null ? OptionalLong.empty() : OptionalLong.of(seed);
  }

  /** Status and headers. */
  public ResponseInfo response() {
    return response;
  }

  /**
   * A copy of the image bytes; the first call of this or {@link #byteBuffer()} reads the body, and
   * later calls return what it read. The image keeps its own bytes, so this needs twice the image's
   * size; to look at the bytes without a copy, use {@link #byteBuffer()}.
   */
  public byte[] bytes() {
    return read().clone();
  }

  /**
   * The image bytes as a read-only buffer over the bytes read, without a copy; the first call of this
   * or {@link #bytes()} reads the body, and later calls return a new buffer over what it read.
   */
  public ByteBuffer byteBuffer() {
    return ByteBuffer.wrap(read()).asReadOnlyBuffer();
  }

  /** Reads the body on the first call, into an array of its exact size when its length is known. */
  private synchronized byte[] read() {
    if (bytes == null) {
      try (InputStream in = take()) {
        bytes = length < 0 || length > EXACT_READ_LIMIT ? in.readAllBytes() : exactly(in, (int) length);
      } catch (IOException e) {
        throw readFailure(e);
      }
    }
    return bytes;
  }

  private static byte[] exactly(InputStream in, int length) throws IOException {
    byte[] read = new byte[length];
    int count = in.readNBytes(read, 0, length);
    return count == length ? read : Arrays.copyOf(read, count);
  }

  /**
   * The image as a stream, to be closed by the caller. Without an earlier {@link #bytes()}, it is the
   * body itself and can be taken once.
   */
  public synchronized InputStream stream() {
    return bytes != null ? new ByteArrayInputStream(bytes) : take();
  }

  /**
   * Streams the image to {@code file}, replacing it, and returns the number of bytes written. A
   * partly written file is deleted when the transfer fails.
   *
   * @throws java.io.UncheckedIOException when {@code file} cannot be written; the image is not taken
   *     when the file cannot even be opened
   * @throws dev.imagegen.client.error.ImageGenException when reading the image fails
   */
  public synchronized long writeTo(Path file) {
    requireUnread();
    return FileTransfer.write("the image", file, this::stream, this::readFailure);
  }

  /** Releases the connection without reading the image. */
  @Override
  public synchronized void close() {
    if (content != null) {
      closeQuietly(content);
      content = null;
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // Closing an unread body loses nothing.
    }
  }

  private void requireUnread() {
    if (content == null && bytes == null) {
      throw new IllegalStateException("the image of " + call + " was already read or closed;"
          + " call bytes() first to read it more than once");
    }
  }

  private InputStream take() {
    requireUnread();
    InputStream taken = content;
    content = null;
    return taken;
  }

  /**
   * The runtime's content streams throw the client's own exceptions (a timeout naming its limit, an
   * answer that is not base64); any other read failure is a transport failure.
   */
  private TransportException readFailure(IOException e) {
    return TransportException.during("reading the image of " + call, requestId, e);
  }

  @Override
  public String toString() {
    return "GeneratedImage{" + call + ", contentType=" + contentType
        + (decodedFromBase64 ? ", decoded from base64" : "")
        + (requestId == null ? "" : ", requestId=" + requestId)
        + (cost == null ? "" : ", cost=" + cost.toPlainString())
        + (remainingCredits == null ? "" : ", remainingCredits=" + remainingCredits.toPlainString())
        + (generationTime == null ? "" : ", generationTime=" + generationTime)
        + (seed == null ? "" : ", seed=" + seed) + '}';
  }
}
