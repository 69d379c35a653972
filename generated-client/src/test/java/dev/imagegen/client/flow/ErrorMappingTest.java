package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imagegen.client.error.ApiException;
import dev.imagegen.client.error.BadRequestException;
import dev.imagegen.client.error.ForbiddenException;
import dev.imagegen.client.error.ModelRetiredException;
import dev.imagegen.client.error.NotAcceptableException;
import dev.imagegen.client.error.MethodNotAllowedException;
import dev.imagegen.client.error.NotFoundException;
import dev.imagegen.client.error.RateLimitedException;
import dev.imagegen.client.error.ServerException;
import dev.imagegen.client.error.UnauthorizedException;
import dev.imagegen.client.error.UnexpectedStatusException;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each error status becomes its own exception, with a message naming the call. */
class ErrorMappingTest extends WireMockTestBase {

  private ApiException failureOf(int status, String body, String... headers) {
    var response = aResponse().withStatus(status).withBody(body);
    for (int i = 0; i < headers.length; i += 2) {
      response.withHeader(headers[i], headers[i + 1]);
    }
    stubs.generate(response);
    return catchThrowableOfType(ApiException.class, () -> flux().generate(TestRequest.flux()));
  }

  static Stream<Arguments> statuses() {
    String error = "{\"error\":\"nope\"}";
    return Stream.of(
        Arguments.of(400, BadRequestException.class, "POST v1/flux-schnell returned 400 Bad Request: " + error),
        Arguments.of(401, UnauthorizedException.class, "POST v1/flux-schnell returned 401 Unauthorized: " + error),
        Arguments.of(403, ForbiddenException.class, "POST v1/flux-schnell returned 403 Forbidden: " + error),
        Arguments.of(404, NotFoundException.class, "POST v1/flux-schnell returned 404 Not Found: " + error),
        Arguments.of(405, MethodNotAllowedException.class,
            "POST v1/flux-schnell returned 405 Method Not Allowed: " + error),
        Arguments.of(406, NotAcceptableException.class, "POST v1/flux-schnell returned 406 Not Acceptable: " + error),
        Arguments.of(410, ModelRetiredException.class,
            "POST v1/flux-schnell returned 410 Gone (the model is retired; not billed): " + error),
        Arguments.of(429, RateLimitedException.class, "POST v1/flux-schnell returned 429 Too Many Requests: " + error),
        Arguments.of(500, ServerException.class, "POST v1/flux-schnell returned 500 Internal Server Error"
            + " (often a parameter value the model cannot take: check the values just changed): " + error),
        Arguments.of(502, ServerException.class, "POST v1/flux-schnell returned 502 Bad Gateway: " + error),
        Arguments.of(504, ServerException.class, "POST v1/flux-schnell returned 504 Gateway Timeout: " + error),
        Arguments.of(599, ServerException.class, "POST v1/flux-schnell returned 599: " + error),
        Arguments.of(418, UnexpectedStatusException.class, "POST v1/flux-schnell returned 418: " + error),
        Arguments.of(422, UnexpectedStatusException.class,
            "POST v1/flux-schnell returned 422 Unprocessable Content: " + error));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("statuses")
  void eachStatusHasItsException(int status, Class<? extends ApiException> type, String message) {
    ApiException failure = failureOf(status, "{\"error\":\"nope\"}");

    assertThat(failure).isExactlyInstanceOf(type).hasMessage(message);
    assertThat(failure.status()).isEqualTo(status);
    assertThat(failure.call()).isEqualTo("POST v1/flux-schnell");
    assertThat(failure.bodyExcerpt()).isEqualTo("{\"error\":\"nope\"}");
  }

  @Test
  void aRedirectThatIsNotFollowedIsUnexpected() {
    ApiException failure = failureOf(301, "", "Location", server.baseUrl() + "/v1/flux-schnell-moved");

    assertThat(failure).isExactlyInstanceOf(UnexpectedStatusException.class)
        .hasMessage("POST v1/flux-schnell returned 301");
    assertThat(server.getAllServeEvents()).hasSize(1);
  }

  @Test
  void anHtmlBodyIsQuotedOnOneLine() {
    ApiException failure = failureOf(405, "<html>\n  <body>Method Not Allowed</body>\n</html>\n",
        "Content-Type", "text/html");

    assertThat(failure).hasMessage(
        "POST v1/flux-schnell returned 405 Method Not Allowed: <html> <body>Method Not Allowed</body> </html>");
  }

  @Test
  void aLongBodyIsCutShort() {
    ApiException failure = failureOf(500, "x".repeat(2_000));

    assertThat(failure.bodyExcerpt()).isEqualTo("x".repeat(500) + "...");
  }

  @Test
  void aRateLimitCarriesTheWaitTheServerAskedFor() {
    RateLimitedException failure = (RateLimitedException) failureOf(429, "{\"error\":\"slow down\"}",
        "Retry-After", "30");

    assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
    assertThat(failure).hasMessage(
        "POST v1/flux-schnell returned 429 Too Many Requests (retry after 30s): {\"error\":\"slow down\"}");
  }

  @Test
  void aRequestIdHeaderIsKept() {
    ApiException failure = failureOf(500, "", "x-request-id", "r-500");

    assertThat(failure.requestId()).contains("r-500");
    assertThat(failure).hasMessage("POST v1/flux-schnell returned 500 Internal Server Error"
        + " (often a parameter value the model cannot take: check the values just changed)");
  }
}
