package dev.imagegen.contract.gen;

import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;

/**
 * One answer to a v2 status call as a server sends it: {@code {status: value, error?}}.
 *
 * @param error the answer's error text; null for none
 */
public record StatusAnswer(String value, String error) {

  /** The stub's answer. */
  public Reply reply(ModelUnderTest model) {
    return Replies.statusAsSent(model, value, error);
  }

  /** {@code " done\n"} or {@code "CANCELLED": cancelled by operator}, with control characters spelt out. */
  @Override
  public String toString() {
    String shown = '"' + value.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t") + '"';
    return error == null ? shown : shown + ": " + error;
  }
}
