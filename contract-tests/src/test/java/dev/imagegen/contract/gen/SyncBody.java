package dev.imagegen.contract.gen;

import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A 200 to a sync call of an image model whose body is not image bytes: base64 text, a data URI, a
 * JSON string of either, other JSON, an HTML page.
 *
 * @param kind what the body is, for reports and the coverage summary
 * @param requestId the id sent in the provider's request id header, when it names one and the answer sends it
 */
public record SyncBody(String kind, String contentType, byte[] body, Optional<String> requestId) {

  /** How much of a body a report shows. */
  private static final int SHOWN = 120;

  public SyncBody {
    body = body.clone();
  }

  /** The stub's answer. */
  public Reply reply(ModelUnderTest model) {
    return Replies.syncOtherBody(model, contentType, body, requestId);
  }

  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public String toString() {
    String text = new String(body, StandardCharsets.UTF_8);
    String shown = text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "...";
    return kind + ", " + contentType + ", " + body.length + " bytes \"" + shown.replace("\n", "\\n").replace("\r", "\\r")
        .replace("\t", "\\t").replace("\0", "\\0") + "\"" + requestId.map(id -> ", request id " + id).orElse("");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SyncBody that && kind.equals(that.kind) && contentType.equals(that.contentType)
        && Arrays.equals(body, that.body) && requestId.equals(that.requestId);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(body);
  }
}
