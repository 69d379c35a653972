package dev.imagegen.contract.expect;

import dev.imagegen.client.error.ApiException;
import dev.imagegen.client.error.BadRequestException;
import dev.imagegen.client.error.ForbiddenException;
import dev.imagegen.client.error.InsufficientCreditsException;
import dev.imagegen.client.error.MethodNotAllowedException;
import dev.imagegen.client.error.NotFoundException;
import dev.imagegen.client.error.RateLimitedException;
import dev.imagegen.client.error.ServerException;
import dev.imagegen.client.error.UnauthorizedException;
import dev.imagegen.client.error.UnexpectedStatusException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * The oracle of error answers: which exception type each status must raise, and the complete
 * message it must carry ({@code POST v1/x returned 406 Not Acceptable (insufficient credits): {...}}).
 */
public final class ExpectedErrors {

  /** The reason phrases the client prints; other statuses are printed without one. */
  private static final Map<Integer, String> PHRASES = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
      Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(413, "Content Too Large"),
      Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Content"),
      Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
      Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

  private ExpectedErrors() {}

  /** The type an error answer of {@code status} must raise outside the v2 job protocol. */
  public static Class<? extends ApiException> typeOf(int status) {
    return switch (status) {
      case 400 -> BadRequestException.class;
      case 401 -> UnauthorizedException.class;
      case 403 -> ForbiddenException.class;
      case 404 -> NotFoundException.class;
      case 405 -> MethodNotAllowedException.class;
      case 406 -> InsufficientCreditsException.class;
      case 429 -> RateLimitedException.class;
      default -> status >= 500 && status <= 599 ? ServerException.class : UnexpectedStatusException.class;
    };
  }

  /** What the client adds in parentheses for {@code status}, when anything; {@code retryAfter} may be null. */
  public static String meaning(int status, Duration retryAfter) {
    if (status == 406) {
      return "insufficient credits";
    }
    return status == 429 && retryAfter != null ? "retry after " + duration(retryAfter) : null;
  }

  /**
   * {@code <call> returned <status>[ <phrase>][ (<meaning>)][: <body>]}, with the body's whitespace
   * collapsed and cut at {@link ApiException#MAX_EXCERPT} characters.
   */
  public static String message(String call, int status, String meaning, String body) {
    StringBuilder message = new StringBuilder(call).append(" returned ").append(status);
    if (PHRASES.containsKey(status)) {
      message.append(' ').append(PHRASES.get(status));
    }
    if (meaning != null) {
      message.append(" (").append(meaning).append(')');
    }
    String excerpt = excerpt(body);
    return excerpt.isEmpty() ? message.toString() : message.append(": ").append(excerpt).toString();
  }

  /** The meaning of an unknown or expired v2 request id, with the provider's retention. */
  public static String jobNotFound(String requestId, Duration retention) {
    return "request " + requestId + " is unknown or expired; results are kept for " + duration(retention);
  }

  /** {@code Request <id> failed: <error>}. */
  public static String inferenceFailed(String requestId, String error) {
    return "Request " + requestId + " failed" + (error.isEmpty() ? "" : ": " + error);
  }

  /** {@code Request <id> did not finish within 10m; ...}. */
  public static String inferenceTimeout(String requestId, Duration deadline) {
    return "Request " + requestId + " did not finish within " + duration(deadline)
        + "; it may still finish, so keep its request id to fetch the result later";
  }

  /** {@code 1h}, {@code 10m}, {@code 1.5s}: durations as messages print them, in the largest whole unit. */
  public static String duration(Duration duration) {
    boolean positive = !duration.isZero();
    if (positive && duration.equals(Duration.ofHours(duration.toHours()))) {
      return duration.toHours() + "h";
    }
    if (positive && duration.equals(Duration.ofMinutes(duration.toMinutes()))) {
      return duration.toMinutes() + "m";
    }
    return new BigDecimal(duration.toMillis()).movePointLeft(3).stripTrailingZeros().toPlainString() + "s";
  }

  private static String excerpt(String body) {
    String collapsed = body.trim().replaceAll("\\s+", " ");
    return collapsed.length() <= ApiException.MAX_EXCERPT ? collapsed : collapsed.substring(0, ApiException.MAX_EXCERPT) + "...";
  }
}
