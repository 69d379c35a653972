package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random values of a v2 result's media field, as a server may send them: left out, one item, or a list
 * of items. Most items are media files {@code {url, content_type?, file_name?, file_size?}}, each
 * optional field present or not and sometimes of another type, the size a number, a text holding one
 * (with whitespace around it, in exponent form), a fraction, a number no {@code long} holds, or no
 * number at all; the other items are no media file: an object without a url, one whose url is no text,
 * a bare URL, a number, null, or a list of files nested in the list.
 */
final class MediaItems {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final int MAX_ITEMS = 4;
  private static final List<String> CONTENT_TYPES = List.of("image/png", "image/jpeg", "image/webp", "video/mp4",
      "application/octet-stream", "");
  private static final List<String> EXTENSIONS = List.of(".png", ".jpg", ".mp4", "");
  /** Texts that hold no whole number: a fraction, a number with a unit, hex, nothing, words. */
  private static final List<String> NOT_WHOLE_TEXTS = List.of("12.5", "1234 bytes", "0x10", "", " ", "abc", "-", "1.2.3");
  /** Whitespace {@link String#trim()} takes off. */
  private static final List<String> PADDING = List.of("", " ", "\t", "\n", " \r\n ");

  private MediaItems() {}

  /** A media field's value; empty for a field left out. */
  static Gen<Optional<JsonNode>> fieldValues() {
    return Generate.frequency(
        Pair.of(1, Generate.constant(Optional.empty())),
        Pair.of(2, items().map(Optional::of)),
        Pair.of(3, lists().of(items()).ofSizeBetween(0, MAX_ITEMS).map(MediaItems::list).map(Optional::of)));
  }

  /** Lists of 1 to 2 media files. */
  static Gen<JsonNode> fileLists() {
    return lists().of(files()).ofSizeBetween(1, 2).map(MediaItems::list);
  }

  /** An item of a media list: mostly a media file, sometimes something else. */
  static Gen<JsonNode> items() {
    Gen<JsonNode> notFiles = Generate.pick(List.<Gen<JsonNode>>of(
        withoutUrl(), file(otherTypes(urls())), urls().map(NODES::textNode), Generate.constant(NODES.numberNode(7)),
        Generate.constant(NODES.nullNode()), fileLists())).flatMap(kind -> kind);
    return Generate.frequency(Pair.of(5, files()), Pair.of(2, notFiles));
  }

  /** {@code {url, content_type?, file_name?, file_size?}} with a textual url. */
  static Gen<JsonNode> files() {
    return file(urls().map(NODES::textNode));
  }

  private static Gen<JsonNode> file(Gen<JsonNode> url) {
    return url.zip(optional(texts(Generate.pick(CONTENT_TYPES))), optional(texts(fileNames())), optional(fileSizes()),
        (link, type, name, size) -> {
          ObjectNode file = NODES.objectNode().set("url", link);
          type.ifPresent(value -> file.set("content_type", value));
          name.ifPresent(value -> file.set("file_name", value));
          size.ifPresent(value -> file.set("file_size", value));
          return file;
        });
  }

  /** An object with a file's other fields, but no url. */
  private static Gen<JsonNode> withoutUrl() {
    return file(urls().map(NODES::textNode)).map(file -> ((ObjectNode) file.deepCopy()).without("url"));
  }

  /** URLs as a server writes them, sometimes signed; rarely an empty text or any text at all. */
  private static Gen<String> urls() {
    Gen<String> links = Texts.words().zip(Generate.pick(EXTENSIONS), integers().between(0, 2), (word, extension, query) ->
        "https://cdn.example.test/" + word + extension + (query == 0 ? "?sig=" + word + "&exp=1" : ""));
    return Generate.frequency(Pair.of(8, links), Pair.of(1, Generate.constant("")), Pair.of(1, Texts.prompts(1, 12)));
  }

  private static Gen<String> fileNames() {
    return Generate.frequency(Pair.of(3, Texts.words().zip(Generate.pick(EXTENSIONS), String::concat)),
        Pair.of(1, Texts.prompts(0, 12)));
  }

  /** A text field's value: mostly the text, sometimes of another type. */
  private static Gen<JsonNode> texts(Gen<String> values) {
    return Generate.frequency(Pair.of(4, values.map(NODES::textNode)), Pair.of(1, otherTypes(values)));
  }

  /** {@code value} as a number (its length), a boolean, null, an object or a list: anything but text. */
  private static Gen<JsonNode> otherTypes(Gen<String> values) {
    return values.zip(integers().between(0, 4), (value, form) -> switch (form) {
      case 0 -> NODES.numberNode(value.length());
      case 1 -> NODES.booleanNode(true);
      case 2 -> NODES.nullNode();
      case 3 -> NODES.objectNode().put("href", value);
      default -> NODES.arrayNode().add(value);
    });
  }

  /** File sizes in every form a server may write one, whole numbers and not. */
  private static Gen<JsonNode> fileSizes() {
    Gen<Long> sizes = longs().between(0, 10_000_000_000L);
    Gen<Long> small = longs().between(0, 1_000_000);
    Gen<String> padding = Generate.pick(PADDING);
    return Generate.frequency(
        Pair.of(4, sizes.map(NODES::numberNode)),
        Pair.of(1, small.map(size -> decimal(size + ".0"))),
        Pair.of(1, small.map(size -> decimal(size + "E+3"))),
        Pair.of(1, small.map(size -> decimal(size + ".5"))),
        Pair.of(2, sizes.zip(padding, padding, (size, before, after) -> NODES.textNode(before + size + after))),
        Pair.of(1, small.map(size -> NODES.textNode(size + "e3"))),
        Pair.of(1, Generate.pick(NOT_WHOLE_TEXTS).map(NODES::textNode)),
        Pair.of(1, Generate.constant(NODES.numberNode(new BigInteger("99999999999999999999")))),
        Pair.of(1, Generate.constant(NODES.textNode("99999999999999999999"))),
        // Whole, but beyond what a double holds: a reader that takes it for a double sees infinity.
        Pair.of(1, Generate.constant(decimal("1E+400"))),
        Pair.of(1, Generate.pick(List.<JsonNode>of(NODES.booleanNode(false), NODES.nullNode(), NODES.objectNode(),
            NODES.arrayNode().add(1)))));
  }

  /** A JSON number written exactly as {@code text} (the node factory would strip trailing zeros). */
  private static JsonNode decimal(String text) {
    return DecimalNode.valueOf(new BigDecimal(text));
  }

  private static <T> Gen<Optional<T>> optional(Gen<T> values) {
    return Generate.frequency(Pair.of(1, Generate.constant(Optional.empty())), Pair.of(3, values.map(Optional::of)));
  }

  private static JsonNode list(List<JsonNode> items) {
    return NODES.arrayNode().addAll(items);
  }
}
