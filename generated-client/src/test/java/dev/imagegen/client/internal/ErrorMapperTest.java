package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

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
import dev.imagegen.client.testing.FakeScheduler;
import dev.imagegen.client.testing.TestProviders;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;

/** Every status that is not 2xx, from 100 to 599, becomes a typed exception. */
class ErrorMapperTest {

  private static final Map<Integer, Class<? extends ApiException>> DOCUMENTED = Map.of(
      400, BadRequestException.class,
      401, UnauthorizedException.class,
      403, ForbiddenException.class,
      404, NotFoundException.class,
      405, MethodNotAllowedException.class,
      406, NotAcceptableException.class,
      410, ModelRetiredException.class,
      429, RateLimitedException.class);

  private final ErrorMapper mapper = new ErrorMapper(new Redactor("sk-1"),
      new ServerWait(TestProviders.SEGMIND, new FakeScheduler()));

  private static Answer answer(int status) {
    return answer("POST v1/m", status, "oops");
  }

  private static Answer answer(String call, int status, String body) {
    okhttp3.Response raw = new okhttp3.Response.Builder()
        .request(new Request.Builder().url("http://localhost/v1/m").build())
        .protocol(Protocol.HTTP_1_1)
        .code(status)
        .message("")
        .body(ResponseBody.create(body, MediaType.get("application/json")))
        .build();
    return new Answer(call, raw, "req-1",
        CallTimeouts.Progress.of(new OkHttpClient(), Optional.empty(), Optional.empty()), null);
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

  @Test
  void a406KeepsTheServersReasonAndClaimsTooFewCreditsOnlyWhenTheServerSaysSo() {
    ApiException spendLimit = mapper.toException(answer("POST v1/m", 406, "{\"error\":\"Team spend limit reached\"}"));
    ApiException credits = mapper.toException(
        answer("POST v1/m", 406, "{\"error\":\"Insufficient credits: balance 0.4, model cost 0.5\"}"));

    assertThat(spendLimit).isExactlyInstanceOf(NotAcceptableException.class)
        .hasMessage("POST v1/m returned 406 Not Acceptable: {\"error\":\"Team spend limit reached\"}");
    assertThat(spendLimit.serverMessage()).contains("Team spend limit reached");
    assertThat(credits).isExactlyInstanceOf(InsufficientCreditsException.class)
        .hasMessage("POST v1/m returned 406 Not Acceptable (insufficient credits):"
            + " {\"error\":\"Insufficient credits: balance 0.4, model cost 0.5\"}");
    assertThat(credits.serverMessage()).contains("Insufficient credits: balance 0.4, model cost 0.5");
  }

  @Test
  void a401SaysWhetherNoKeyArrivedOrTheKeyWasRefused() {
    UnauthorizedException missing = (UnauthorizedException) mapper.toException(
        answer("POST v1/m", 401, "{\"error\":\"Missing Authorization or x-api-key in header\"}"));
    UnauthorizedException refused = (UnauthorizedException) mapper.toException(
        answer("POST v1/m", 401, "{\"error\":\"Unauthorized. API key is invalid or may have expired\"}"));

    assertThat(missing).hasMessage("POST v1/m returned 401 Unauthorized (no API key arrived; a redirect or proxy"
        + " may have dropped the header): {\"error\":\"Missing Authorization or x-api-key in header\"}");
    assertThat(missing.keyMissing()).isTrue();
    assertThat(refused).hasMessage("POST v1/m returned 401 Unauthorized (the API key was refused: it is invalid or"
        + " has expired): {\"error\":\"Unauthorized. API key is invalid or may have expired\"}");
    assertThat(refused.keyMissing()).isFalse();
  }

  @Test
  void a500ToAModelCallPointsAtTheParametersButNotToAPoll() {
    ApiException modelCall = mapper.toException(answer("POST v1/m", 500, "{\"error\":\"Internal error\"}"));
    ApiException poll = mapper.toException(answer("GET v2/requests/r/status", 500, "{\"error\":\"Internal error\"}"));

    assertThat(modelCall).hasMessage("POST v1/m returned 500 Internal Server Error (often a parameter value the"
        + " model cannot take: check the values just changed): {\"error\":\"Internal error\"}");
    assertThat(poll).hasMessage("GET v2/requests/r/status returned 500 Internal Server Error:"
        + " {\"error\":\"Internal error\"}");
  }

  @Test
  void a410SaysTheModelIsRetiredAndNotBilled() {
    ApiException gone = mapper.toException(answer("POST v1/old-model", 410, "{\"error\":\"Model deprecated\"}"));

    assertThat(gone).isExactlyInstanceOf(ModelRetiredException.class)
        .hasMessage("POST v1/old-model returned 410 Gone (the model is retired; not billed):"
            + " {\"error\":\"Model deprecated\"}");
  }
}
