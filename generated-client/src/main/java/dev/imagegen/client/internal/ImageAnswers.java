package dev.imagegen.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.GeneratedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.Base64;
import okhttp3.MediaType;
import okhttp3.ResponseBody;

/**
 * Makes a {@link GeneratedImage} of a successful sync answer: image bytes as they stream, or base64
 * text (a {@code text/*} body, or a JSON string) decoded.
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
    MediaType type = body.contentType();
    String contentType = type == null ? "application/octet-stream" : type.toString();
    BigDecimal credits = provider.creditsHeader().flatMap(answer.info()::header).map(ImageAnswers::decimal).orElse(null);
    if (type != null && type.type().equals("text")) {
      // The MIME decoder skips line breaks, which long base64 answers may carry.
      InputStream decoded = Base64.getMimeDecoder().wrap(body.byteStream());
      return new GeneratedImage(answer.call(), answer.info(), contentType, decoded, true, credits);
    }
    if (type != null && type.subtype().equals("json")) {
      return new GeneratedImage(answer.call(), answer.info(), contentType, jsonBase64(answer), true, credits);
    }
    return new GeneratedImage(answer.call(), answer.info(), contentType, body.byteStream(), false, credits);
  }

  private InputStream jsonBase64(Answer answer) {
    JsonNode json = jsonBodies.read(answer);
    if (!json.isTextual()) {
      throw jsonBodies.unexpected(answer, "with JSON that is not base64 image text", json.toString());
    }
    try {
      return new ByteArrayInputStream(Base64.getMimeDecoder().decode(json.asText()));
    } catch (IllegalArgumentException e) {
      throw jsonBodies.unexpected(answer, "with a JSON string that is not base64", json.asText());
    }
  }

  private static BigDecimal decimal(String value) {
    try {
      return new BigDecimal(value.trim());
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }
}
