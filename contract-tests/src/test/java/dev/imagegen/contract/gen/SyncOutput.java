package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ResponseHeader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What a sync call answers: random image bytes of one of the model's content types, or a random JSON
 * body for a model that answers JSON; with a random credit balance when the provider reports one.
 */
public record SyncOutput(String contentType, byte[] content, Optional<BigDecimal> credits) {

  private static final int MAX_IMAGE_BYTES = 4096;

  public static Gen<SyncOutput> of(ModelUnderTest model) {
    Gen<Optional<BigDecimal>> credits = model.provider().responseHeader(ResponseHeader.REMAINING_CREDITS).isPresent()
        ? longs().between(0, 100_000_000).zip(integers().between(0, 2), (cents, scale) -> BigDecimal.valueOf(cents, scale))
            .toOptionals(80)
        : Generate.constant(Optional.empty());
    Gen<String> types = Generate.pick(model.model().responseContentTypes());
    Gen<byte[]> content = Replies.answersJson(model) ? jsonBodies(model) : Generate.byteArrays(
        integers().between(0, MAX_IMAGE_BYTES), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0))
        .map(SyncOutput::withoutAMarkupStart);
    return types.zip(content, credits, SyncOutput::new).describedAs(SyncOutput::toString);
  }

  /**
   * {@code bytes}, unless its first byte after ASCII whitespace is {@code <} or <code>{</code>: no image
   * begins so, and the client refuses such a body as markup or JSON (property o); that byte becomes 0.
   */
  private static byte[] withoutAMarkupStart(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        if (b == '<' || b == '{') {
          bytes[i] = 0;
        }
        break;
      }
    }
    return bytes;
  }

  /** The stub's answer. */
  public Reply reply(ModelUnderTest model) {
    return Replies.syncOutput(model, contentType, content, credits);
  }

  /**
   * {@code {"output": [urls], "task_id": "..."}}, the task id only sometimes, under the provider's task id
   * field (and, when that is another, also under {@code task_id}, which the client must then not read).
   */
  private static Gen<byte[]> jsonBodies(ModelUnderTest model) {
    return Texts.words().zip(integers().between(0, 3), Generate.booleans(), (word, urls, queued) -> {
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      for (int i = 0; i < urls; i++) {
        body.withArrayProperty("output").add("https://cdn.example.test/" + word + "/" + i + ".png");
      }
      if (queued) {
        model.taskIdField().ifPresent(field -> body.put(field, "task-" + word));
        body.putIfAbsent("task_id", JsonNodeFactory.instance.textNode("decoy-" + word));
      }
      return Reply.text(body).getBytes(StandardCharsets.UTF_8);
    });
  }

  @Override
  public String toString() {
    String json = contentType.contains("json") ? " " + new String(content, StandardCharsets.UTF_8) : "";
    return contentType + ", " + content.length + " bytes" + json
        + credits.map(value -> ", credits " + value.toPlainString()).orElse("");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyncOutput that && contentType.equals(that.contentType)
        && Arrays.equals(content, that.content) && credits.equals(that.credits);
  }

  @Override
  public int hashCode() {
    return contentType.hashCode() * 31 + Arrays.hashCode(content);
  }
}
