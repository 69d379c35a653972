package dev.imagegen.client.error;

import java.time.Duration;

/**
 * The server does not know the v2 request id: it never existed, or its result expired (Segmind keeps
 * results for one hour).
 */
public class JobNotFoundException extends NotFoundException {
  private static final long serialVersionUID = 1L;

  /** @param retention how long the provider keeps results; null when unknown */
  public JobNotFoundException(String call, int status, String requestId,
      String bodyExcerpt, String serverMessage, Duration retention) {
    super(call, status, requestId, bodyExcerpt, serverMessage, meaning(requestId, retention));
  }

  private static String meaning(String requestId, Duration retention) {
    String meaning = "request " + requestId + " is unknown or expired";
    return retention == null ? meaning : meaning + "; results are kept for " + DurationText.of(retention);
  }
}
