package dev.imagegen.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.error.TransportException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/**
 * Makes a {@link GeneratedImage} of a successful sync answer: image bytes as they stream, or base64
 * text (a {@code text/*} body, or a JSON string) decoded, with the image's type read from its first
 * bytes.
 */
final class ImageAnswers {

  private final ProviderDescriptor provider;
  private final JsonBodies jsonBodies;

  ImageAnswers(ProviderDescriptor provider, JsonBodies jsonBodies) {
    this.provider = provider;
    this.jsonBodies = jsonBodies;
  }

  GeneratedImage image(Answer answer) {
    ResponseBody body = answer.body();
    // A 204 or 205 has no body at all (Retrofit gives null); an empty 200 is no image either.
    if (body == null || isEmpty(answer, body)) {
      answer.discard();
      throw jsonBodies.unexpected(answer, "without an image", "");
    }
    MediaType type = body.contentType();
    BigDecimal credits = provider.creditsHeader().flatMap(answer.info()::header).flatMap(HeaderNumbers::decimal)
        .orElse(null);
    if (type != null && isJson(type)) {
      return decoded(answer, new ByteArrayInputStream(jsonBase64(answer)), credits);
    }
    if (type != null && type.type().equals("text")) {
      return decoded(answer, Base64Text.decoding(body.byteStream()), credits);
    }
    return new GeneratedImage(answer.call(), answer.info(), type == null ? ImageTypes.UNKNOWN : type.toString(),
        body.byteStream(), false, credits);
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

  private static TransportException readFailure(Answer answer, IOException e) {
    return TransportException.during("reading the image of " + answer.call(), answer.requestId(), e);
  }

  private static boolean isJson(MediaType type) {
    return type.subtype().equals("json") || type.subtype().endsWith("+json");
  }

  private GeneratedImage decoded(Answer answer, InputStream image, BigDecimal credits) {
    InputStream buffered = new BufferedInputStream(image);
    try {
      return new GeneratedImage(answer.call(), answer.info(), ImageTypes.of(buffered), buffered, true, credits);
    } catch (IOException e) {
      answer.discard();
      throw readFailure(answer, e);
    }
  }

  private byte[] jsonBase64(Answer answer) {
    JsonNode json = jsonBodies.read(answer);
    if (!json.isTextual()) {
      throw jsonBodies.unexpected(answer, "with JSON that is not base64 image text", json.toString());
    }
    try {
      return Base64Text.decode(json.asText());
    } catch (IllegalArgumentException e) {
      throw jsonBodies.unexpected(answer, "with a JSON string that is not base64", json.asText());
    }
  }
}
