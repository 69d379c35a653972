package dev.imagegen.client;

import com.fasterxml.jackson.core.Base64Variants;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.imagegen.client.error.ImageReadException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An input image: a URL passed through, or bytes sent as base64 text. The encoding happens only
 * when the body is written, behind this one type: a file is then read once, its bytes encoded and
 * written to the connection as they are read, so that no copy of the file or of its base64 text is
 * held in memory. The file is opened before anything is sent, so that one that cannot be read fails
 * the call with nothing sent.
 *
 * <pre>{@code
 * ImageInput.fromUrl("https://example.com/pose.png");
 * ImageInput.fromPath(Path.of("pose.png"));       // read and encoded when the request is sent
 * }</pre>
 *
 * <p>{@link #toString()} never shows the data, nor a URL's query (it may hold a signature).
 */
@JsonSerialize(using = ImageInputSerializer.class)
public final class ImageInput {

  private enum Source { URL, PATH, BYTES, BASE64 }

  private final Source source;
  private final Object data;

  private ImageInput(Source source, Object data) {
    this.source = source;
    this.data = data;
  }

  /** An {@code http} or {@code https} URL the server fetches. */
  public static ImageInput fromUrl(String url) {
    Objects.requireNonNull(url, "url");
    if (!isHttpUrl(url) || !hasHost(url)) {
      throw new IllegalArgumentException("not an http(s) URL: " + abbreviated(url));
    }
    return new ImageInput(Source.URL, url);
  }

  /**
   * A file, read and base64-encoded as the request is sent. A file that cannot be opened then fails
   * the call with an {@link ImageReadException} before anything is sent; one that fails while it is
   * read cuts the request off before its end. A file changed while it is sent goes as it is read.
   *
   * @throws IllegalArgumentException when the file is missing, unreadable or empty
   */
  public static ImageInput fromPath(Path file) {
    Objects.requireNonNull(file, "file");
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new IllegalArgumentException("image file " + file + " is missing or unreadable");
    }
    if (isEmpty(file)) {
      throw new IllegalArgumentException("image file " + file + " is empty");
    }
    return new ImageInput(Source.PATH, file);
  }

  private static boolean isEmpty(Path file) {
    try {
      return Files.size(file) == 0;
    } catch (IOException e) {
      throw new IllegalArgumentException("image file " + file + " is missing or unreadable", e);
    }
  }

  /** Image bytes (copied), base64-encoded when the request is sent. */
  public static ImageInput fromBytes(byte[] bytes) {
    if (bytes.length == 0) {
      throw new IllegalArgumentException("image bytes are empty");
    }
    return new ImageInput(Source.BYTES, bytes.clone());
  }

  /** Image bytes already encoded as base64 text, sent as given. */
  public static ImageInput fromBase64(String base64) {
    Objects.requireNonNull(base64, "base64");
    if (!isBase64(base64)) {
      throw new IllegalArgumentException("not base64 data: " + abbreviated(base64));
    }
    return new ImageInput(Source.BASE64, base64);
  }

  /** An http(s) URL when {@code text} starts with {@code http://} or {@code https://}, base64 text otherwise. */
  public static ImageInput of(String text) {
    return isHttpUrl(text) ? fromUrl(text) : fromBase64(text);
  }

  /** True when the image travels as a URL. */
  public boolean isUrl() {
    return source == Source.URL;
  }

  /** The file this image is read from, when it was given as one ({@link #fromPath}). */
  public Optional<Path> file() {
    return source == Source.PATH ? Optional.of((Path) data) : Optional.empty();
  }

  /**
   * The value sent: the URL as given, otherwise base64 text (a file is read now, whole; request
   * bodies stream it instead).
   *
   * @throws ImageReadException when the file cannot be read
   */
  public String wireValue() {
    switch (source) {
      case URL:
      case BASE64:
        return (String) data;
      case BYTES:
        return Base64.getEncoder().encodeToString((byte[]) data);
      case PATH:
        try {
          return Base64.getEncoder().encodeToString(Files.readAllBytes((Path) data));
        } catch (IOException e) {
          throw new ImageReadException((Path) data, e);
        }
      default:
        throw new AssertionError(source);
    }
  }

  /**
   * Writes {@link #wireValue()} as a JSON string, a file's content base64-encoded as it is read.
   *
   * @throws ImageReadException when the file cannot be read
   */
  void writeJson(JsonGenerator json) throws IOException {
    switch (source) {
      case URL:
      case BASE64:
        json.writeString((String) data);
        break;
      case BYTES:
        json.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, (byte[]) data, 0, ((byte[]) data).length);
        break;
      case PATH:
        try (InputStream file = ImageFileStream.open((Path) data)) {
          json.writeBinary(Base64Variants.MIME_NO_LINEFEEDS, file, -1);
        }
        break;
      default:
        throw new AssertionError(source);
    }
  }

  private static boolean isHttpUrl(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  private static boolean hasHost(String url) {
    try {
      return new URI(url).getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** The standard alphabet, padding only at the end; line breaks as MIME writes them are allowed. */
  private static boolean isBase64(String text) {
    int length = 0;
    int padding = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        continue;
      }
      if (c == '=') {
        padding++;
      } else if (padding > 0 || !isBase64Letter(c)) {
        return false;
      }
      length++;
    }
    return length > 0 && padding <= 2 && (padding == 0 ? length % 4 != 1 : length % 4 == 0);
  }

  private static boolean isBase64Letter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? '"' + text + '"' : '"' + text.substring(0, 40) + "...\" (" + text.length() + " chars)";
  }

  @Override
  public String toString() {
    switch (source) {
      case URL:
        String url = (String) data;
        int query = url.indexOf('?');
        return "ImageInput{url=" + (query < 0 ? url : url.substring(0, query) + "?...") + '}';
      case PATH:
        return "ImageInput{file=" + data + '}';
      case BYTES:
        return "ImageInput{bytes=" + ((byte[]) data).length + " bytes}";
      case BASE64:
        return "ImageInput{base64=" + ((String) data).length() + " chars}";
      default:
        throw new AssertionError(source);
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof ImageInput)) {
      return false;
    }
    ImageInput that = (ImageInput) other;
    return source == that.source && Objects.deepEquals(data, that.data);
  }

  @Override
  public int hashCode() {
    return 31 * source.hashCode() + (data instanceof byte[] ? Arrays.hashCode((byte[]) data) : data.hashCode());
  }
}
