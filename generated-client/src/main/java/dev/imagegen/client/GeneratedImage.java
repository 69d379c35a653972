package dev.imagegen.client;

import dev.imagegen.client.error.TransportException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The output of a sync call: image bytes (decoded when the server sent base64), content type, remaining credits.
 *
 * <p>The body is streamed: read it once with {@link #writeTo(Path)} or {@link #stream()}, or call
 * {@link #bytes()}, which keeps the bytes for later calls. Close an image you do not read.
 *
 * <pre>{@code
 * GeneratedImage image = segmind.fluxSchnell().generate(request);
 * image.writeTo(Path.of("tiger.jpg"));
 * image.remainingCredits().ifPresent(credits -> System.out.println(credits + " credits left"));
 * }</pre>
 */
public final class GeneratedImage implements Closeable {

  private static final int BUFFER_SIZE = 64 * 1024;

  private final String call;
  private final ResponseInfo response;
  private final String contentType;
  private final boolean decodedFromBase64;
  private final BigDecimal remainingCredits;
  private InputStream content;
  private byte[] bytes;

  /**
   * @param call the call that produced the image, for messages, such as {@code POST v1/flux-schnell}
   * @param content the image bytes, already decoded from base64 where the server sent text
   * @param remainingCredits null when the server did not say
   */
  public GeneratedImage(String call, ResponseInfo response, String contentType, InputStream content,
      boolean decodedFromBase64, BigDecimal remainingCredits) {
    this.call = call;
    this.response = response;
    this.contentType = contentType;
    this.content = content;
    this.decodedFromBase64 = decodedFromBase64;
    this.remainingCredits = remainingCredits;
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

  /** The account's credit balance after this call, from the credits header; credits may be fractional. */
  public Optional<BigDecimal> remainingCredits() {
    return Optional.ofNullable(remainingCredits);
  }

  /** The request id, when a response header carries one. */
  public Optional<String> requestId() {
    return response.requestId();
  }

  /** Status and headers. */
  public ResponseInfo response() {
    return response;
  }

  /** The image bytes; the first call reads the body, later calls return a copy of what it read. */
  public synchronized byte[] bytes() {
    if (bytes == null) {
      try (InputStream in = take()) {
        bytes = in.readAllBytes();
      } catch (IOException e) {
        throw readFailure(e);
      }
    }
    return bytes.clone();
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
   */
  public synchronized long writeTo(Path file) {
    requireUnread();
    OutputStream out;
    try {
      out = Files.newOutputStream(file);
    } catch (IOException e) {
      // The image is not taken yet, so the caller can write it elsewhere.
      throw cannotWrite(file, e);
    }
    InputStream in = stream();
    boolean complete = false;
    try (in; out) {
      long total = copy(in, out, file);
      complete = true;
      return total;
    } catch (IOException e) {
      throw cannotWrite(file, e);
    } finally {
      if (!complete) {
        deletePartial(file);
      }
    }
  }

  private long copy(InputStream in, OutputStream out, Path file) {
    byte[] buffer = new byte[BUFFER_SIZE];
    long total = 0;
    while (true) {
      int read;
      try {
        read = in.read(buffer);
      } catch (IOException e) {
        throw readFailure(e);
      }
      if (read < 0) {
        return total;
      }
      try {
        out.write(buffer, 0, read);
      } catch (IOException e) {
        throw cannotWrite(file, e);
      }
      total += read;
    }
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

  private TransportException readFailure(IOException e) {
    return TransportException.during("reading the image of " + call, response.requestId().orElse(null), e);
  }

  private static UncheckedIOException cannotWrite(Path file, IOException e) {
    return new UncheckedIOException("could not write the image to " + file, e);
  }

  private static void deletePartial(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The transfer's own failure is the one to report.
    }
  }

  @Override
  public String toString() {
    return "GeneratedImage{" + call + ", contentType=" + contentType
        + (decodedFromBase64 ? ", decoded from base64" : "")
        + (remainingCredits == null ? "" : ", remainingCredits=" + remainingCredits.toPlainString()) + '}';
  }
}
