package dev.imagegen.contract.expect;

import dev.imagegen.client.error.ApiException;
import dev.imagegen.client.error.BadRequestException;
import dev.imagegen.client.error.CallTimeoutException;
import dev.imagegen.client.error.ForbiddenException;
import dev.imagegen.client.error.InsufficientCreditsException;
import dev.imagegen.client.error.MethodNotAllowedException;
import dev.imagegen.client.error.ModelRetiredException;
import dev.imagegen.client.error.NotAcceptableException;
import dev.imagegen.client.error.NotFoundException;
import dev.imagegen.client.error.RateLimitedException;
import dev.imagegen.client.error.ServerException;
import dev.imagegen.client.error.UnauthorizedException;
import dev.imagegen.client.error.UnexpectedStatusException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The oracle of error answers: which exception type each status must raise, and the complete
 * message it must carry ({@code POST v1/x returned 406 Not Acceptable (insufficient credits): {...}}).
 * The type and meaning of some statuses depend on the call and on the server's message (the body's
 * {@code error} text), as the README's "Errors" says: a 406 is about credits only when the message
 * speaks of credits or a balance, a 401 says whether the key was missing or refused when the message
 * tells, a 500 to a POST points at the parameter values, a 410 to a POST is a retired model.
 */
public final class ExpectedErrors {

  private static final String MISSING_KEY = "no API key arrived; a redirect or proxy may have dropped the header";
  private static final String REFUSED_KEY = "the API key was refused: it is invalid or has expired";
  private static final String TOO_FEW_CREDITS = "insufficient credits";
  private static final String RETIRED = "the model is retired; not billed";
  private static final String BAD_PARAMETER = "often a parameter value the model cannot take: check the values just changed";

  /** The reason phrases the client prints; other statuses are printed without one. */
  private static final Map<Integer, String> PHRASES = Map.ofEntries(
      Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
      Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
      Map.entry(408, "Request Timeout"), Map.entry(409, "Conflict"), Map.entry(410, "Gone"), Map.entry(413, "Content Too Large"),
      Map.entry(415, "Unsupported Media Type"), Map.entry(422, "Unprocessable Content"),
      Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
      Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"));

  private ExpectedErrors() {}

  /**
   * The type an error answer of {@code status} to {@code call} must raise outside the v2 job protocol.
   *
   * @param call as the client names it, such as {@code POST v1/flux-schnell}
   * @param serverMessage the body's error text; null for none
   */
  public static Class<? extends ApiException> typeOf(String call, int status, String serverMessage) {
    return switch (status) {
      case 400 -> BadRequestException.class;
      case 401 -> UnauthorizedException.class;
      case 403 -> ForbiddenException.class;
      case 404 -> NotFoundException.class;
      case 405 -> MethodNotAllowedException.class;
      case 406 -> speaksOfCredits(serverMessage) ? InsufficientCreditsException.class : NotAcceptableException.class;
      case 410 -> isModelCall(call) ? ModelRetiredException.class : UnexpectedStatusException.class;
      case 429 -> RateLimitedException.class;
      default -> status >= 500 && status <= 599 ? ServerException.class : UnexpectedStatusException.class;
    };
  }

  /**
   * What the client adds in parentheses for {@code status} answered to {@code call}, when anything.
   *
   * @param call as the client names it, such as {@code POST v1/flux-schnell}
   * @param serverMessage the body's error text; null for none
   * @param retryAfter the wait a 429 asked for; null for none
   */
  public static String meaning(String call, int status, String serverMessage, Duration retryAfter) {
    return switch (status) {
      case 401 -> unauthorized(serverMessage);
      case 406 -> speaksOfCredits(serverMessage) ? TOO_FEW_CREDITS : null;
      case 410 -> isModelCall(call) ? RETIRED : null;
      case 429 -> retryAfter == null ? null : "retry after " + duration(retryAfter);
      case 500 -> isModelCall(call) ? BAD_PARAMETER : null;
      default -> null;
    };
  }

  /** A POST runs a model; a status or result call only asks about a job. */
  private static boolean isModelCall(String call) {
    return call.startsWith("POST ");
  }

  /** A 406 is about credits when the server's message names credits or a balance, in any case. */
  private static boolean speaksOfCredits(String serverMessage) {
    String text = lowerCase(serverMessage);
    return text.contains("credit") || text.contains("balance");
  }

  /** A message that says "missing" tells that no key arrived; one that says "invalid" or "expired", that it was refused. */
  private static String unauthorized(String serverMessage) {
    String text = lowerCase(serverMessage);
    if (text.contains("missing")) {
      return MISSING_KEY;
    }
    return text.contains("invalid") || text.contains("expired") ? REFUSED_KEY : null;
  }

  private static String lowerCase(String serverMessage) {
    return serverMessage == null ? "" : serverMessage.toLowerCase(Locale.ROOT);
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

  /**
   * {@code Request <id> ended with status <value>, which the spec does not list, and an error: <error>}: a
   * status off the spec's list that came with an error text.
   */
  public static String endedUnlisted(String requestId, String status, String error) {
    return "Request " + requestId + " ended with status " + status + ", which the spec does not list, and an error: " + error;
  }

  /** {@code Request <id> answered status <value>, which the spec does not list, 3 times in a row; ...}. */
  public static String unknownStatus(String requestId, String status, int answers) {
    return "Request " + requestId + " answered status " + status + ", which the spec does not list, " + answers
        + " times in a row; it may still finish, so keep its request id to fetch the result later";
  }

  /**
   * {@code Request <id> did not finish within 10m (last status QUEUED); ...}.
   *
   * @param lastStatus the last status value answered, as sent; null when none came
   * @param error the error text that came with it; null for none
   */
  public static String inferenceTimeout(String requestId, Duration deadline, String lastStatus, String error) {
    String last = lastStatus == null ? "" : " (last status " + lastStatus + (error == null ? "" : ": " + error) + ")";
    return "Request " + requestId + " did not finish within " + duration(deadline) + last
        + "; it may still finish, so keep its request id to fetch the result later";
  }

  /**
   * {@code <call> failed: the server sent nothing within the read timeout of 0.5s}: a call that ran into
   * one of its time limits, named with its value.
   */
  public static String callTimeout(String call, CallTimeoutException.Limit limit, Duration timeout) {
    String passed = switch (limit) {
      case CONNECT -> "no connection within the connect timeout";
      case WRITE -> "the request was not sent within the write timeout";
      case READ -> "the server sent nothing within the read timeout";
      case CALL -> "the call did not end within the call timeout";
    };
    return call + " failed: " + passed + " of " + duration(timeout);
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

  /**
   * The excerpt of {@code body} messages quote: whitespace collapsed, cut at {@link ApiException#MAX_EXCERPT}
   * characters (one fewer where the cut would split a surrogate pair), then {@code ...}.
   */
  public static String excerpt(String body) {
    String collapsed = body.trim().replaceAll("\\s+", " ");
    if (collapsed.length() <= ApiException.MAX_EXCERPT) {
      return collapsed;
    }
    int end = Character.isHighSurrogate(collapsed.charAt(ApiException.MAX_EXCERPT - 1))
        ? ApiException.MAX_EXCERPT - 1
        : ApiException.MAX_EXCERPT;
    return collapsed.substring(0, end) + "...";
  }
}
