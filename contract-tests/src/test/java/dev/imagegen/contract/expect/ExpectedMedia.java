package dev.imagegen.contract.expect;

import com.fasterxml.jackson.databind.JsonNode;
import dev.imagegen.client.MediaFile;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The oracle of a v2 result's media, as {@code InferenceResult.media()}, {@code MediaFile} and the spec
 * format (specs/README.md, {@code mediaFields}) tell it: the fields the spec's {@code async.result}
 * declares, in its order, and no others, each an object {@code {url, content_type, file_name,
 * file_size}} or a list of them, in the answer's order; an item without a textual url is no media file.
 * A content type or file name that is no text is absent. The file size is read as the client reads
 * every number a server reports: a JSON number, or a text holding a decimal number (whitespace around
 * it ignored), kept when it is a whole number a {@code long} holds, else absent.
 *
 * @param contentType empty when the item has none as text; so is {@code fileName}
 */
public record ExpectedMedia(String url, Optional<String> contentType, Optional<String> fileName, OptionalLong fileSize) {

  /** {@code file} in the terms of the oracle, to compare. */
  public static ExpectedMedia of(MediaFile file) {
    return new ExpectedMedia(file.url(), file.contentType(), file.fileName(), file.fileSize());
  }

  /** The media a result answer {@code body} lists, in order. */
  public static List<ExpectedMedia> listedIn(ResultFieldsSpec fields, JsonNode body) {
    List<ExpectedMedia> media = new ArrayList<>();
    for (String field : fields.mediaFields()) {
      JsonNode value = body.path(field);
      List<JsonNode> items = new ArrayList<>();
      if (value.isArray()) {
        value.forEach(items::add);
      } else {
        items.add(value);
      }
      items.stream().filter(item -> item.path("url").isTextual()).forEach(item -> media.add(new ExpectedMedia(
          item.get("url").textValue(), text(item.path("content_type")), text(item.path("file_name")),
          wholeNumber(item.path("file_size")))));
    }
    return media;
  }

  private static Optional<String> text(JsonNode value) {
    return value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
  }

  private static OptionalLong wholeNumber(JsonNode value) {
    Optional<BigDecimal> number = value.isNumber() ? Optional.of(value.decimalValue())
        : value.isTextual() ? decimal(value.textValue().trim()) : Optional.empty();
    try {
      return number.map(decimal -> OptionalLong.of(decimal.longValueExact())).orElse(OptionalLong.empty());
    } catch (ArithmeticException notWholeOrTooLarge) {
      return OptionalLong.empty();
    }
  }

  private static Optional<BigDecimal> decimal(String text) {
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException notANumber) {
      return Optional.empty();
    }
  }
}
