package dev.imagegen.client.internal;

import dev.imagegen.client.error.ApiException;
import dev.imagegen.client.error.BadRequestException;
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
import java.util.regex.Pattern;

/** Turns an error answer into the {@link ApiException} subtype of its status. */
final class ErrorMapper {

  private static final Pattern CREDITS = Pattern.compile("credit|balance", Pattern.CASE_INSENSITIVE);

  private final Redactor redactor;
  private final ServerWait serverWait;

  ErrorMapper(Redactor redactor, ServerWait serverWait) {
    this.redactor = redactor;
    this.serverWait = serverWait;
  }

  ErrorBody read(Answer answer) {
    return ErrorBody.read(answer, redactor);
  }

  /** The exception of {@code answer}, with the request id of its v2 job or its response header. */
  ApiException toException(Answer answer) {
    return toException(read(answer));
  }

  ApiException toException(ErrorBody body) {
    String call = body.call();
    int status = body.status();
    String id = body.requestId();
    String excerpt = body.excerpt();
    String message = body.serverMessage().orElse(null);
    switch (status) {
      case 400:
        return new BadRequestException(call, status, id, excerpt, message);
      case 401:
        return new UnauthorizedException(call, status, id, excerpt, message);
      case 403:
        return new ForbiddenException(call, status, id, excerpt, message);
      case 404:
        return new NotFoundException(call, status, id, excerpt, message);
      case 405:
        return new MethodNotAllowedException(call, status, id, excerpt, message);
      case 406:
        return speaksOfCredits(message)
            ? new InsufficientCreditsException(call, status, id, excerpt, message)
            : new NotAcceptableException(call, status, id, excerpt, message);
      case 410:
        // Gone to a model call is a retired model; to a status or result call it means no more than the status says.
        return call.startsWith("POST ")
            ? new ModelRetiredException(call, status, id, excerpt, message)
            : new UnexpectedStatusException(call, status, id, excerpt, message);
      case 429:
        return new RateLimitedException(call, status, id, excerpt, message, serverWait.of(body.info()).orElse(null));
      default:
        return status >= 500 && status <= 599
            ? new ServerException(call, status, id, excerpt, message)
            : new UnexpectedStatusException(call, status, id, excerpt, message);
    }
  }

  /** A 406 for too few credits, rather than a missing content type or a spend limit. */
  private static boolean speaksOfCredits(String message) {
    return message != null && CREDITS.matcher(message).find();
  }
}
