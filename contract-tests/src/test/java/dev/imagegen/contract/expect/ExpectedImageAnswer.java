package dev.imagegen.contract.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * The oracle of a 200 to a sync call of an image model whose body is of a JSON or text type, as the
 * README ("The two flows", "Errors") and {@code GeneratedImage} tell it: base64 text, or a JSON string of
 * it, either of them possibly an RFC 2397 {@code data:} URI, is decoded (whitespace left out, any other
 * character outside the alphabet an error), its type the data URI's or that its first bytes show (PNG,
 * JPEG, WebP, GIF, TIFF, BMP, AVIF, HEIC, MP4); bytes that show no known type are no image. Anything
 * else is an
 * {@code UnexpectedResponseException} quoting the body: from {@code generate()}, or, for text whose
 * base64 goes bad part-way, possibly only from reading the image.
 *
 * <p>The base64 decoder's own complaints (a dangling byte, misplaced padding) are the JDK's words; so
 * the JDK's decoder says them here too.
 */
public sealed interface ExpectedImageAnswer {

  /** The decoded image. */
  record Image(String contentType, byte[] bytes) implements ExpectedImageAnswer {}

  /**
   * No image.
   *
   * @param atCall the message of the failure {@code generate()} throws
   * @param whenRead the message of the failure reading the image throws, when {@code generate()} may
   *     return before the body goes bad; empty when {@code generate()} must fail
   */
  record Unreadable(String atCall, Optional<String> whenRead) implements ExpectedImageAnswer {}

  /** The most of a text body the client looks at before decoding: a data URI's header, the excerpt of an error. */
  int TEXT_HEAD = 4096;
  /** The longest data URI header, in characters, from {@code data:} to the comma. */
  int MAX_DATA_URI_HEADER = 256;
  /** What the client says of base64 whose bytes begin like no image it knows. */
  String NO_KNOWN_TYPE = "base64 of bytes that are no image of a known type";
  /** The type of bytes that begin like no image. */
  String UNKNOWN = "application/octet-stream";

  /** What the client must make of {@code body} of {@code contentType}, a JSON or text type, answered to {@code call}. */
  static ExpectedImageAnswer of(String call, String contentType, byte[] body) {
    String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    String subtype = type.substring(type.indexOf('/') + 1);
    if (subtype.equals("json") || subtype.endsWith("+json")) {
      return jsonAnswer(call, body);
    }
    if (type.startsWith("text/")) {
      return textAnswer(call, body);
    }
    throw new IllegalArgumentException("not a JSON or text type: " + contentType);
  }

  private static ExpectedImageAnswer jsonAnswer(String call, byte[] body) {
    JsonNode json;
    try {
      json = new ObjectMapper().readTree(body);
    } catch (IOException e) {
      return refused(call, "with a body that is not JSON", new String(body, StandardCharsets.UTF_8));
    }
    if (!json.isTextual()) {
      return refused(call, "with JSON that is not base64 image text", json.toString());
    }
    String text = json.asText();
    String problem = "with a JSON string that is not a base64 image (%s)";
    Header header = Header.of(text.substring(0, Math.min(text.length(), TEXT_HEAD)));
    if (header.problem().isPresent()) {
      return refused(call, problem.formatted(header.problem().get()), text);
    }
    byte[] image;
    try {
      image = Base64.getDecoder().decode(text.substring(header.payloadStart()).replaceAll("\\s+", ""));
    } catch (IllegalArgumentException e) {
      return refused(call, problem.formatted(e.getMessage()), text);
    }
    return typed(header, image).orElseGet(() -> refused(call, problem.formatted(NO_KNOWN_TYPE), text));
  }

  /** The head is read byte for byte (ISO-8859-1), so that the data URI's offsets are byte offsets; the excerpt is UTF-8. */
  private static ExpectedImageAnswer textAnswer(String call, byte[] body) {
    byte[] head = Arrays.copyOf(body, Math.min(body.length, TEXT_HEAD));
    String excerpt = new String(head, StandardCharsets.UTF_8);
    String problem = "with text that is not a base64 image (%s)";
    Header header = Header.of(new String(head, StandardCharsets.ISO_8859_1));
    if (header.problem().isPresent()) {
      return refused(call, problem.formatted(header.problem().get()), excerpt);
    }
    byte[] payload = Arrays.copyOfRange(body, header.payloadStart(), body.length);
    Optional<String> malformed = strayByte(payload);
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    for (byte b : payload) {
      if (!isWhitespace(b)) {
        kept.write(b);
      }
    }
    byte[] image = null;
    if (malformed.isEmpty()) {
      try {
        image = Base64.getDecoder().wrap(new ByteArrayInputStream(kept.toByteArray())).readAllBytes();
      } catch (IOException e) {
        malformed = Optional.of("not base64: " + e.getMessage());
      }
    }
    if (malformed.isPresent()) {
      return new Unreadable(message(call, problem.formatted(malformed.get()), excerpt),
          Optional.of("reading the image of " + call + " failed: the body is " + malformed.get()));
    }
    return typed(header, image).orElseGet(() -> refused(call, problem.formatted(NO_KNOWN_TYPE), excerpt));
  }

  /** The image of {@code bytes}: of the data URI's type, or of the type its first bytes show; empty for none. */
  private static Optional<ExpectedImageAnswer> typed(Header header, byte[] bytes) {
    String type = header.mediaType().orElseGet(() -> sniffed(bytes));
    return type.equals(UNKNOWN) ? Optional.empty() : Optional.of(new Image(type, bytes));
  }

  /** The first byte that is neither base64 nor whitespace, by its offset in the payload. */
  private static Optional<String> strayByte(byte[] payload) {
    for (int offset = 0; offset < payload.length; offset++) {
      int b = payload[offset] & 0xFF;
      boolean alphabet = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+'
          || b == '/' || b == '=';
      if (!alphabet && !isWhitespace(payload[offset])) {
        return Optional.of(String.format("not base64: byte 0x%02x at offset %d", b, offset));
      }
    }
    return Optional.empty();
  }

  /** The whitespace base64 text may hold: spaces, tabs and line breaks. */
  private static boolean isWhitespace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  private static Unreadable refused(String call, String problem, String body) {
    return new Unreadable(message(call, problem, body), Optional.empty());
  }

  private static String message(String call, String problem, String body) {
    String excerpt = ExpectedErrors.excerpt(body);
    return call + " returned 200 " + problem + (excerpt.isEmpty() ? "" : ": " + excerpt);
  }

  /** The type of an image by its first bytes. */
  private static String sniffed(byte[] image) {
    if (startsWith(image, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G'})) {
      return "image/png";
    }
    if (startsWith(image, 0, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
      return "image/jpeg";
    }
    if (startsWith(image, 0, ascii("RIFF")) && startsWith(image, 8, ascii("WEBP"))) {
      return "image/webp";
    }
    if (startsWith(image, 0, ascii("GIF8"))) {
      return "image/gif";
    }
    if (startsWith(image, 0, new byte[] {'I', 'I', '*', 0}) || startsWith(image, 0, new byte[] {'M', 'M', 0, '*'})) {
      return "image/tiff";
    }
    if (startsWith(image, 4, ascii("ftyp"))) {
      return startsWith(image, 8, ascii("avif")) ? "image/avif" : startsWith(image, 8, ascii("heic")) ? "image/heic"
          : "video/mp4";
    }
    return startsWith(image, 0, ascii("BM")) ? "image/bmp" : UNKNOWN;
  }

  private static boolean startsWith(byte[] data, int offset, byte[] signature) {
    return data.length >= offset + signature.length
        && Arrays.equals(data, offset, offset + signature.length, signature, 0, signature.length);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The data URI header a text may begin with, after whitespace: {@code data:[<type>][;<parameter>];base64,}.
   *
   * @param problem why the text's data URI cannot be decoded; empty when it can, or when there is none
   * @param mediaType its type, in lower case; empty when it names none, or there is no data URI
   * @param payloadStart where the base64 starts: after the comma, or at 0 without a data URI
   */
  record Header(Optional<String> problem, Optional<String> mediaType, int payloadStart) {

    private static final String SCHEME = "data:";

    static Header of(String head) {
      String text = head.stripLeading();
      int start = head.length() - text.length();
      if (!text.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
        return new Header(Optional.empty(), Optional.empty(), 0);
      }
      int comma = text.indexOf(',');
      if (comma < 0 || comma > MAX_DATA_URI_HEADER) {
        return new Header(Optional.of("a data URI without the comma that ends its header"), Optional.empty(), 0);
      }
      String header = text.substring(SCHEME.length(), comma);
      if (!header.toLowerCase(Locale.ROOT).endsWith(";base64")) {
        return new Header(Optional.of("a data URI that is not base64: data:" + header), Optional.empty(), 0);
      }
      String type = header.substring(0, header.indexOf(';')).trim().toLowerCase(Locale.ROOT);
      return new Header(Optional.empty(), type.isEmpty() ? Optional.empty() : Optional.of(type), start + comma + 1);
    }
  }
}
