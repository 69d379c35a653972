package dev.imagegen.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Masks the API key in text that came from outside, such as a server echoing request headers: the key
 * as sent, and the spellings it takes when a server escapes it for JSON (also {@code \/}), HTML or a URL.
 * A JSON body is given parsed when that reveals the key, so JSON's unicode escapes hide nothing.
 */
final class Redactor {

  static final String MASK = "****";

  /** Fewer characters of a key give nothing away. */
  private static final int SHORTEST_FRAGMENT = 4;

  private final Set<String> spellings = new LinkedHashSet<>();

  Redactor(String secret) {
    spellings.add(secret);
    spellings.add(new String(JsonStringEncoder.getInstance().quoteAsString(secret)));
    spellings.add(secret.replace("/", "\\/"));
    spellings.add(secret.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;"));
    String urlEncoded = URLEncoder.encode(secret, StandardCharsets.UTF_8);
    spellings.add(urlEncoded);
    spellings.add(lowerCaseEscapes(urlEncoded));
  }

  /** {@code text} with every spelling of the key masked. */
  String redact(String text) {
    String redacted = text;
    for (String spelling : spellings) {
      redacted = redacted.replace(spelling, MASK);
    }
    return redacted;
  }

  /**
   * {@code start}, the first part of a longer text, with the key masked, and also a first part of the
   * key that the cut left at its end (at least {@value #SHORTEST_FRAGMENT} characters long).
   */
  String redactStart(String start) {
    String redacted = redact(start);
    for (String spelling : spellings) {
      for (int length = Math.min(spelling.length() - 1, redacted.length()); length >= SHORTEST_FRAGMENT; length--) {
        if (redacted.endsWith(spelling.substring(0, length))) {
          return redacted.substring(0, redacted.length() - length) + MASK;
        }
      }
    }
    return redacted;
  }

  /**
   * {@code body} with the key masked; a JSON body whose values hold the key in a spelling not masked
   * here (a letter written as a unicode escape, say) is given as its parsed JSON, masked.
   */
  String redactBody(String body) {
    String redacted = redact(body);
    JsonNode json;
    try {
      json = WireJson.MAPPER.readTree(redacted);
    } catch (JsonProcessingException notJson) {
      return redacted;
    }
    String parsed = json == null || json.isMissingNode() ? "" : json.toString();
    String parsedRedacted = redact(parsed);
    return parsedRedacted.equals(parsed) ? redacted : parsedRedacted;
  }

  /** {@code %2F} as {@code %2f}: some encoders write lower-case hex. */
  private static String lowerCaseEscapes(String urlEncoded) {
    StringBuilder lower = new StringBuilder(urlEncoded);
    for (int i = urlEncoded.indexOf('%'); i >= 0; i = urlEncoded.indexOf('%', i + 1)) {
      for (int j = i + 1; j <= i + 2 && j < lower.length(); j++) {
        lower.setCharAt(j, Character.toLowerCase(lower.charAt(j)));
      }
    }
    return lower.toString();
  }
}
