package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.imagegen.client.testing.FakeScheduler;
import dev.imagegen.client.testing.TestProviders;
import java.util.Map;
import java.util.stream.IntStream;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Response;

/** Every status that is not 2xx, from 100 to 599, becomes a typed exception. */
class ErrorMapperTest {

  private static final Map<Integer, Class<? extends ApiException>> DOCUMENTED = Map.of(
      400, BadRequestException.class,
      401, UnauthorizedException.class,
      403, ForbiddenException.class,
      404, NotFoundException.class,
      405, MethodNotAllowedException.class,
      406, InsufficientCreditsException.class,
      429, RateLimitedException.class);

  private final ErrorMapper mapper = new ErrorMapper(new Redactor("sk-1"),
      new ServerWait(TestProviders.SEGMIND, new FakeScheduler()));

  private static Answer answer(int status) {
    okhttp3.Response raw = new okhttp3.Response.Builder()
        .request(new Request.Builder().url("http://localhost/v1/m").build())
        .protocol(Protocol.HTTP_1_1)
        .code(status)
        .message("")
        .build();
    return new Answer("POST v1/m", Response.error(ResponseBody.create("oops", null), raw), "req-1");
  }

  private static Class<? extends ApiException> expectedType(int status) {
    if (status >= 500) {
      return ServerException.class;
    }
    return DOCUMENTED.getOrDefault(status, UnexpectedStatusException.class);
  }

  @Test
  void everyStatusOutside2xxHasItsTypedException() {
    IntStream.rangeClosed(100, 599).filter(status -> status < 200 || status > 299).forEach(status -> {
      ApiException failure = mapper.toException(answer(status));

      assertThat(failure).as("status %d", status).isExactlyInstanceOf(expectedType(status));
      assertThat(failure.status()).isEqualTo(status);
      assertThat(failure.requestId()).contains("req-1");
      assertThat(failure.getMessage()).startsWith("POST v1/m returned " + status).endsWith(": oops");
    });
  }
}
