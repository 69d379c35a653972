package dev.imagegen.client.internal;

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

/** Turns an error answer into the {@link ApiException} subtype of its status. */
final class ErrorMapper {

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
    switch (status) {
      case 400:
        return new BadRequestException(call, status, id, excerpt);
      case 401:
        return new UnauthorizedException(call, status, id, excerpt);
      case 403:
        return new ForbiddenException(call, status, id, excerpt);
      case 404:
        return new NotFoundException(call, status, id, excerpt);
      case 405:
        return new MethodNotAllowedException(call, status, id, excerpt);
      case 406:
        return new InsufficientCreditsException(call, status, id, excerpt);
      case 429:
        return new RateLimitedException(call, status, id, excerpt, serverWait.of(body.info()).orElse(null));
      default:
        return status >= 500 && status <= 599
            ? new ServerException(call, status, id, excerpt)
            : new UnexpectedStatusException(call, status, id, excerpt);
    }
  }
}
