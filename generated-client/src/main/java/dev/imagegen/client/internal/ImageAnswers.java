package dev.imagegen.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.ResponseInfo;
import dev.imagegen.client.error.ImageGenException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Makes a {@link GeneratedImage} of a successful sync answer: image bytes as they stream, or base64
 * text (a {@code text/*} body, or a JSON string, either of them possibly a {@code data:} URI) decoded,
 * with the image's type from the data URI or its first bytes. An answer that is no image (an HTML
 * page, a JSON object, text that is not base64) is an {@code UnexpectedResponseException} quoting the
 * body, never a transport failure. The provider's declared response headers give the request id,
 * cost, remaining credits, generation time and seed.
 */
final class ImageAnswers {

  /** How much of a body is looked at before it is read: a data URI header, or the excerpt of an error. */
  private static final int TEXT_HEAD = 4096;

  /** The one image type that is markup. */
  private static final String SVG = "image/svg+xml";

  private final ProviderDescriptor provider;
  private final JsonBodies jsonBodies;

  ImageAnswers(ProviderDescriptor provider, JsonBodies jsonBodies) {
    this.provider = provider;
    this.jsonBodies = jsonBodies;
  }

  GeneratedImage image(Answer answer) {
    ResponseBody body = answer.body();
    // A 204 or 205 has an empty body; an empty 200 is no image either.
    if (isEmpty(answer, body)) {
      answer.discard();
      throw jsonBodies.unexpected(answer, "without an image", "");
    }
    String contentType = answer.contentType();
    String mediaType = mediaTypeOf(contentType);
    if (mediaType.endsWith("/json") || mediaType.endsWith("+json")) {
      return jsonBase64(answer);
    }
    if (mediaType.startsWith("text/")) {
      return base64Text(answer, body.source());
    }
    if (!mediaType.equals(SVG)) {
      refuseMarkupOrJson(answer, body.source());
    }
    return image(answer, mediaType.isEmpty() ? ImageTypes.UNKNOWN : contentType, body.byteStream(),
        body.contentLength(), false);
  }

  /**
   * No image starts with {@code <} or <code>{</code>, but an HTML page or a JSON error served with an
   * image's type, or none, does: such an answer is refused, not written to disk as an image.
   */
  private void refuseMarkupOrJson(Answer answer, BufferedSource source) {
    try {
      int first = firstNonWhitespace(source);
      if (first == '<' || first == '{') {
        String head = new String(head(source), StandardCharsets.UTF_8);
        answer.discard();
        throw jsonBodies.unexpected(answer, "with a body that is no image but "
            + (first == '<' ? "markup, such as HTML" : "JSON"), jsonBodies.cutHead(head));
      }
    } catch (IOException e) {
      answer.discard();
      throw readFailure(answer, e);
    }
  }

  /**
   * The first byte of {@code source} that is not ASCII whitespace, looked at in its buffer without
   * consuming it; -1 for none in the head. Not through {@code peek()}, whose reads share the buffer's
   * segments, which okio then cannot reuse: every call would cost a new 8 KiB segment.
   */
  private static int firstNonWhitespace(BufferedSource source) throws IOException {
    for (int index = 0; index < TEXT_HEAD && source.request(index + 1L); index++) {
      byte b = source.getBuffer().getByte(index);
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b;
      }
    }
    return -1;
  }

  /** Up to the first {@value #TEXT_HEAD} bytes of {@code source}, copied from its buffer without consuming them. */
  private static byte[] head(BufferedSource source) throws IOException {
    source.request(TEXT_HEAD);
    byte[] head = new byte[(int) Math.min(TEXT_HEAD, source.getBuffer().size())];
    for (int index = 0; index < head.length; index++) {
      head[index] = source.getBuffer().getByte(index);
    }
    return head;
  }

  /** Waits for the body's first bytes, not for the whole body. */
  private static boolean isEmpty(Answer answer, ResponseBody body) {
    try {
      return body.source().exhausted();
    } catch (IOException e) {
      answer.discard();
      throw readFailure(answer, e);
    }
  }

  private static ImageGenException readFailure(Answer answer, IOException e) {
    return answer.readFailure(reading(answer), e);
  }

  private static String reading(Answer answer) {
    return "reading the image of " + answer.call();
  }

  /**
   * The type and subtype of a {@code Content-Type} value, in lower case, such as {@code image/jpeg};
   * empty for none, or for a value that is no media type. Read here rather than by OkHttp's
   * {@code MediaType}, whose regular expressions cost more than the rest of the answer's handling.
   */
  private static String mediaTypeOf(String contentType) {
    if (contentType == null) {
      return "";
    }
    int parameters = contentType.indexOf(';');
    String type = (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    int slash = type.indexOf('/');
    boolean valid = slash > 0 && slash < type.length() - 1 && type.indexOf('/', slash + 1) < 0 && type.indexOf(' ') < 0;
    return valid ? type : "";
  }

  /** Decodes base64 text as it streams; the head is looked at first, for a data URI and for messages. */
  private GeneratedImage base64Text(Answer answer, BufferedSource source) {
    String head = "";
    try {
      head = new String(head(source), StandardCharsets.ISO_8859_1);
      Optional<DataUri> dataUri = DataUri.at(head);
      if (dataUri.isPresent()) {
        source.skip(dataUri.get().payloadStart());
      }
      return decoded(answer, Base64Text.decoding(source.inputStream()), dataUri);
    } catch (MalformedBodyException e) {
      answer.discard();
      // The head was read byte for byte, so that data URI offsets are byte offsets; the excerpt is UTF-8.
      String excerpt = new String(head.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
      throw jsonBodies.unexpected(answer, "with text that is not a base64 image (" + e.getMessage() + ")",
          jsonBodies.cutHead(excerpt), e);
    } catch (IOException e) {
      answer.discard();
      throw readFailure(answer, e);
    }
  }

  private GeneratedImage jsonBase64(Answer answer) {
    JsonNode json = jsonBodies.read(answer);
    if (!json.isTextual()) {
      throw jsonBodies.unexpected(answer, "with JSON that is not base64 image text", json.toString());
    }
    String text = json.asText();
    try {
      Optional<DataUri> dataUri = DataUri.at(text.substring(0, Math.min(text.length(), TEXT_HEAD)));
      int start = dataUri.map(DataUri::payloadStart).orElse(0);
      byte[] image = Base64Text.decode(text.substring(start));
      return decoded(answer, new ByteArrayInputStream(image), dataUri);
    } catch (MalformedBodyException | IllegalArgumentException e) {
      throw jsonBodies.unexpected(answer, "with a JSON string that is not a base64 image (" + e.getMessage() + ")",
          text, e);
    }
  }

  /**
   * The image of decoded base64: of the data URI's type, which must be an image or video type, or of
   * the type its first bytes show, which must be one {@link ImageTypes} knows; text that happens to be
   * base64, such as {@code queued}, decodes to no image. Fails at once when its first bytes are not
   * base64.
   */
  private GeneratedImage decoded(Answer answer, InputStream image, Optional<DataUri> dataUri)
      throws MalformedBodyException {
    InputStream buffered = new BufferedInputStream(image);
    try {
      Optional<String> declared = dataUri.flatMap(DataUri::mediaType);
      String type = declared.isPresent() ? declared.get() : ImageTypes.of(buffered);
      if (declared.isPresent() && !type.startsWith("image/") && !type.startsWith("video/")) {
        throw new MalformedBodyException("a data URI of " + type + ", which is no image");
      }
      if (type.equals(ImageTypes.UNKNOWN)) {
        throw new MalformedBodyException("base64 of bytes that are no image of a known type");
      }
      return image(answer, type, buffered, -1, true);
    } catch (MalformedBodyException e) {
      throw e;
    } catch (IOException e) {
      answer.discard();
      throw readFailure(answer, e);
    }
  }

  /** @param length of {@code content}, in bytes; -1 when unknown */
  private GeneratedImage image(Answer answer, String contentType, InputStream content, long length, boolean decoded) {
    ResponseInfo info = answer.info();
    return RuntimeAccess.generatedImage(answer.call(), info, contentType, answer.typedFailures(reading(answer), content), length,
        decoded,
        answer.requestId(),
        decimal(info, provider.costHeader()).orElse(null),
        decimal(info, provider.creditsHeader()).orElse(null),
        decimal(info, provider.generationTimeHeader()).flatMap(WireNumbers::seconds).orElse(null),
        seed(info));
  }

  private static Optional<BigDecimal> decimal(ResponseInfo info, Optional<String> name) {
    return name.flatMap(info::header).flatMap(WireNumbers::decimal);
  }

  private Long seed(ResponseInfo info) {
    return decimal(info, provider.seedHeader()).flatMap(WireNumbers::wholeNumber).orElse(null);
  }
}
