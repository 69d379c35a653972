package dev.imagegen.client.error;

import java.util.Locale;

/**
 * 401: the API key is missing or invalid. Segmind answers two bodies (docs.segmind.com, error codes):
 * {@code Missing Authorization or x-api-key in header} when no key arrived, often because a redirect
 * or proxy dropped the header, and {@code Unauthorized. API key is invalid or may have expired} when the
 * key was refused. The message says which, from the server's message.
 */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  public UnauthorizedException(String call, int status, String requestId, String bodyExcerpt, String serverMessage) {
    super(call, status, requestId, bodyExcerpt, serverMessage, meaning(serverMessage));
  }

  private static String meaning(String serverMessage) {
    if (saysMissing(serverMessage)) {
      return "no API key arrived; a redirect or proxy may have dropped the header";
    }
    String text = serverMessage == null ? "" : serverMessage.toLowerCase(Locale.ROOT);
    if (text.contains("invalid") || text.contains("expired")) {
      return "the API key was refused: it is invalid or has expired";
    }
    return null;
  }

  /** True when the server said no key arrived at all, rather than refusing the key it got. */
  public boolean keyMissing() {
    return saysMissing(serverMessage().orElse(null));
  }

  private static boolean saysMissing(String serverMessage) {
    return serverMessage != null && serverMessage.toLowerCase(Locale.ROOT).contains("missing");
  }
}
