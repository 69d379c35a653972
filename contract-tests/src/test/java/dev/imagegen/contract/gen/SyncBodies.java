package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ResponseHeader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * 200 answers to a sync call of an image model that are not image bytes: ones that carry an image as
 * base64 (text, a {@code data:} URI, a JSON string of either), and ones that carry none (an HTML page,
 * JSON that is no string, text or a data URI that is not base64, base64 with a character outside its
 * alphabet at a random offset). Each sends a request id in the provider's header half of the time,
 * when the spec names one.
 */
public final class SyncBodies {

  private static final int MAX_IMAGE_BYTES = 3000;
  private static final int MAX_TEXT = 200;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> TEXT_TYPES = List.of("text/plain", "text/plain; charset=utf-8", "text/html");
  private static final List<String> JSON_TYPES = List.of("application/json", "application/json; charset=utf-8",
      "application/vnd.imagegen+json");
  private static final List<String> DATA_URI_TYPES = List.of("image/png", "image/jpeg", "image/webp");
  /** Characters neither in base64's alphabet nor whitespace: ASCII ones, two that UTF-8 writes as several bytes, NUL. */
  private static final List<Integer> NOT_BASE64 = "!\"#$%&'()*,-.:;<>?@[\\]^_`{|}~\u00e9\u20ac\u0000".codePoints()
      .boxed().toList();
  /** Characters of text that is not base64: some of the alphabet, a space, and some that are not. */
  private static final List<Integer> TEXT = "aZ09+/ !<,.\u00e9".codePoints().boxed().toList();
  /** The first bytes of PNG, JPEG, WebP and GIF images (WebP's size field zero). */
  private static final List<byte[]> SIGNATURES = List.of(
      new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'},
      new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0},
      new byte[] {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P'},
      "GIF89a".getBytes(StandardCharsets.US_ASCII));
  /** The first bytes of data that is no image of any type the client knows: as many as its longest signature. */
  private static final byte[] NO_SIGNATURE = new byte[12];

  private SyncBodies() {}

  /** Answers that carry an image as base64: text or a data URI, as text or as a JSON string. */
  public static Gen<SyncBody> readable(ModelUnderTest model) {
    Gen<String> base64 = images().flatMap(SyncBodies::base64);
    Gen<String> dataUris = dataUriHeaders().zip(images().flatMap(SyncBodies::base64), String::concat);
    return Generate.pick(List.of(textOrJsonString("base64", base64, model), textOrJsonString("data URI", dataUris, model)))
        .flatMap(kind -> kind);
  }

  /** Answers that carry no image the client can read. */
  public static Gen<SyncBody> unreadable(ModelUnderTest model) {
    return Generate.pick(List.of(
        htmlPages(model),
        jsonValues(model),
        textOrJsonString("text that is not base64", notBase64(), model),
        textOrJsonString("data URI that is not base64", notBase64DataUris(), model),
        textOrJsonString("base64 with a character outside its alphabet", base64WithAStrayCharacter(), model),
        textOrJsonString("base64 of no image", withoutASignature().flatMap(SyncBodies::base64), model)))
        .flatMap(kind -> kind);
  }

  /** {@code text} sent as text, or as a JSON string. */
  private static Gen<SyncBody> textOrJsonString(String kind, Gen<String> texts, ModelUnderTest model) {
    Gen<SyncBody> asText = texts.zip(Generate.pick(TEXT_TYPES), requestIds(model),
        (text, type, id) -> new SyncBody(kind + " as text", type, text.getBytes(StandardCharsets.UTF_8), id));
    Gen<SyncBody> asJson = texts.zip(Generate.pick(JSON_TYPES), requestIds(model), (text, type, id) ->
        new SyncBody(kind + " as a JSON string", type, Reply.text(NODES.textNode(text)).getBytes(StandardCharsets.UTF_8), id));
    return Generate.pick(List.of(asText, asJson)).flatMap(form -> form);
  }

  /** An HTML page of random text, as an error page or a captive portal sends it. */
  private static Gen<SyncBody> htmlPages(ModelUnderTest model) {
    Gen<String> pages = Texts.words().zip(Texts.prompts(0, MAX_TEXT), Generate.pick(List.of("", "\n", "  \r\n")),
        (title, text, lead) -> lead + "<!DOCTYPE html>\n<html><head><title>" + title + "</title></head>\n<body><p>" + text
            + "</p></body></html>\n");
    return pages.zip(Generate.pick(List.of("text/html", "text/html; charset=UTF-8")), requestIds(model),
        (page, type, id) -> new SyncBody("HTML page", type, page.getBytes(StandardCharsets.UTF_8), id));
  }

  /** JSON that is no string: an object, an array, a number, a boolean, null. */
  private static Gen<SyncBody> jsonValues(ModelUnderTest model) {
    Gen<JsonNode> values = Generate.pick(List.<Gen<JsonNode>>of(
        Texts.words().zip(longs().all(), (name, value) -> NODES.objectNode().put(name, value)),
        lists().of(Texts.words()).ofSizeBetween(0, 3).map(words -> {
          ArrayNode array = NODES.arrayNode();
          words.forEach(array::add);
          return array;
        }),
        longs().all().map(NODES::numberNode),
        integers().between(-1_000_000, 1_000_000).map(hundredths -> NODES.numberNode(hundredths / 100.0)),
        Generate.booleans().map(NODES::booleanNode),
        Generate.constant(NODES.nullNode()))).flatMap(kind -> kind);
    return values.zip(Generate.pick(JSON_TYPES), requestIds(model),
        (json, type, id) -> new SyncBody("JSON " + json.getNodeType().name().toLowerCase(Locale.ROOT), type,
            Reply.text(json).getBytes(StandardCharsets.UTF_8), id));
  }

  /**
   * Text with at least one character that is neither base64 nor whitespace, and no padding. The stray
   * character is put in rather than hoped for: QuickTheories' first tries are the simplest values,
   * {@code a}, which an assumption would refuse every time.
   */
  private static Gen<String> notBase64() {
    return Texts.codePoints(TEXT, 0, MAX_TEXT - 1).zip(Generate.pick(NOT_BASE64), integers().between(0, MAX_TEXT - 1),
        (text, stray, at) -> new StringBuilder(text).insert(Math.min(at, text.length()), Character.toChars(stray)).toString());
  }

  /**
   * Data URIs the client cannot decode: one without {@code ;base64} (plain, or with a charset), one whose
   * header has no comma, one whose base64 has a character outside the alphabet.
   */
  private static Gen<String> notBase64DataUris() {
    Gen<String> type = Generate.pick(DATA_URI_TYPES);
    Gen<String> base64 = images().map(Base64.getEncoder()::encodeToString);
    return Generate.pick(List.<Gen<String>>of(
        type.zip(notBase64(), (media, text) -> "data:" + media + "," + text),
        type.zip(notBase64(), (media, text) -> "data:" + media + ";charset=utf-8," + text),
        type.zip(base64, (media, payload) -> "data:" + media + ";base64" + payload),
        type.zip(base64WithAStrayCharacter(), (media, payload) -> "data:" + media + ";base64," + payload)))
        .flatMap(kind -> kind);
  }

  /**
   * Valid base64 of an image with one character outside the alphabet at a random offset: anywhere
   * inside, and as often first or last, after the padding.
   */
  private static Gen<String> base64WithAStrayCharacter() {
    Gen<String> stray = Generate.pick(NOT_BASE64).map(Character::toString);
    return images().flatMap(SyncBodies::base64).flatMap(base64 -> Generate.frequency(
            Pair.of(4, integers().between(0, base64.length())),
            Pair.of(1, Generate.constant(0)),
            Pair.of(1, Generate.constant(base64.length())))
        .zip(stray, (offset, character) -> base64.substring(0, offset) + character + base64.substring(offset)));
  }

  /** {@code image} in base64, on one line or in MIME lines of 76, sometimes ended by a line break. */
  private static Gen<String> base64(byte[] image) {
    return Generate.pick(List.of(Base64.getEncoder(), Base64.getMimeEncoder()))
        .zip(Generate.pick(List.of("", "\n", "\r\n")), (encoder, end) -> encoder.encodeToString(image) + end);
  }

  /**
   * {@code data:image/png;base64,} with the media type in random case, sometimes a parameter before
   * {@code ;base64}, and sometimes no media type at all.
   */
  private static Gen<String> dataUriHeaders() {
    Gen<String> media = Generate.frequency(Pair.of(4, Generate.pick(DATA_URI_TYPES).flatMap(Texts::inRandomCase)),
        Pair.of(1, Generate.constant("")));
    Gen<String> parameters = Generate.pick(List.of("", "", ";name=render.png"));
    Gen<String> base64 = Texts.inRandomCase(";base64");
    return media.zip(parameters, base64, (type, parameter, marker) -> "data:" + type + parameter + marker + ",");
  }

  /** Image bytes: a PNG, JPEG, WebP or GIF signature, then 1 to {@value #MAX_IMAGE_BYTES} random bytes. */
  private static Gen<byte[]> images() {
    return signed(Generate.pick(SIGNATURES));
  }

  /** Bytes that begin like no image: zeros where signatures are, then 1 to {@value #MAX_IMAGE_BYTES} random bytes. */
  private static Gen<byte[]> withoutASignature() {
    return signed(Generate.constant(NO_SIGNATURE));
  }

  private static Gen<byte[]> signed(Gen<byte[]> signatures) {
    Gen<byte[]> rest = Generate.byteArrays(integers().between(1, MAX_IMAGE_BYTES),
        Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
    return signatures.zip(rest, (signature, bytes) -> {
      byte[] image = new byte[signature.length + bytes.length];
      System.arraycopy(signature, 0, image, 0, signature.length);
      System.arraycopy(bytes, 0, image, signature.length, bytes.length);
      return image;
    });
  }

  /** A request id in the provider's header half of the time, when the spec names the header. */
  private static Gen<Optional<String>> requestIds(ModelUnderTest model) {
    if (model.provider().responseHeader(ResponseHeader.REQUEST_ID).isEmpty()) {
      return Generate.constant(Optional.empty());
    }
    return Texts.words().map(word -> "req-" + word).toOptionals(50);
  }
}
