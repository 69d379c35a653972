package dev.imagegen.client.error;

import java.util.Map;
import java.util.Optional;

/** Standard reason phrases; fixed here because HTTP/2 responses carry none. */
final class StatusTexts {

  private static final Map<Integer, String> PHRASES = Map.ofEntries(
      Map.entry(400, "Bad Request"),
      Map.entry(401, "Unauthorized"),
      Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"),
      Map.entry(405, "Method Not Allowed"),
      Map.entry(406, "Not Acceptable"),
      Map.entry(408, "Request Timeout"),
      Map.entry(409, "Conflict"),
      Map.entry(410, "Gone"),
      Map.entry(413, "Content Too Large"),
      Map.entry(415, "Unsupported Media Type"),
      Map.entry(422, "Unprocessable Content"),
      Map.entry(429, "Too Many Requests"),
      Map.entry(500, "Internal Server Error"),
      Map.entry(501, "Not Implemented"),
      Map.entry(502, "Bad Gateway"),
      Map.entry(503, "Service Unavailable"),
      Map.entry(504, "Gateway Timeout"));

  private StatusTexts() {}

  static Optional<String> reasonPhrase(int status) {
    return Optional.ofNullable(PHRASES.get(status));
  }
}
