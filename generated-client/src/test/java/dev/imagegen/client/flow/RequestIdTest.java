package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.imagegen.client.testing.Stubs.REQUEST_ID;
import static dev.imagegen.client.testing.Stubs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.RetryPolicy;
import dev.imagegen.client.error.TransportException;
import dev.imagegen.client.error.UnexpectedResponseException;
import dev.imagegen.client.testing.FluxService;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.time.Duration;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Failures below HTTP and unusable answers carry the request id, not only in their message: the v2
 * job's for its status and result calls, the response header's for other calls.
 */
class RequestIdTest extends WireMockTestBase {

  // Long enough for the submit POST on a busy machine, far shorter than the delayed answers below.
  private static final RequestOptions SHORT_TIMEOUT = RequestOptions.withTimeout(Duration.ofSeconds(2));
  private static final String HEADER_ID = "r-header-9";
  private static final String STATUS_CALL = "GET v2/requests/" + REQUEST_ID + "/status";
  private static final String RESULT_CALL = "GET v2/requests/" + REQUEST_ID;

  private FluxService flux;

  @BeforeEach
  void setUp() {
    stubs.submitAccepted();
    flux = segmind().retryPolicy(RetryPolicy.none()).build();
  }

  private static TransportException transportFailure(ThrowingCallable call, String message) {
    TransportException failure = catchThrowableOfType(TransportException.class, call);
    assertThat(failure).hasMessage(message);
    return failure;
  }

  private static UnexpectedResponseException unexpectedAnswer(ThrowingCallable call, String message) {
    UnexpectedResponseException failure = catchThrowableOfType(UnexpectedResponseException.class, call);
    assertThat(failure).hasMessage(message);
    return failure;
  }

  @Test
  void aStatusCallThatFailsBelowHttpCarriesTheJobsId() {
    stubs.statuses(status("PROCESSING").withFixedDelay(6_000));

    assertThat(transportFailure(() -> flux.submit(TestRequest.flux(), SHORT_TIMEOUT).status(),
        STATUS_CALL + " failed: the call did not end within the call timeout of 2s")
        .requestId()).contains(REQUEST_ID);
  }

  @Test
  void aResultCallThatFailsBelowHttpCarriesTheJobsId() {
    stubs.statuses(status("COMPLETED"));
    stubs.results(Stubs.completed().withFixedDelay(6_000));

    assertThat(transportFailure(() -> flux.submit(TestRequest.flux(), SHORT_TIMEOUT).await(),
        RESULT_CALL + " failed: the call did not end within the call timeout of 2s")
        .requestId()).contains(REQUEST_ID);
  }

  @Test
  void anUnusableStatusAnswerCarriesTheJobsIdBeforeAnyHeaders() {
    stubs.statuses(aResponse().withStatus(200).withHeader("x-request-id", HEADER_ID).withBody("<html>busy</html>"));

    assertThat(unexpectedAnswer(() -> flux.submit(TestRequest.flux()).await(),
        STATUS_CALL + " returned 200 with a body that is not JSON: <html>busy</html>").requestId())
        .contains(REQUEST_ID);
  }

  @Test
  void anUnusableResultAnswerCarriesTheJobsId() {
    stubs.statuses(status("COMPLETED"));
    stubs.results(okJson("{\"output\":\"https://cdn.segmind.com/out.jpg\"}"));

    assertThat(unexpectedAnswer(() -> flux.submit(TestRequest.flux()).await(),
        RESULT_CALL + " returned 200 without a status: {\"output\":\"https://cdn.segmind.com/out.jpg\"}").requestId())
        .contains(REQUEST_ID);
  }

  @Test
  void aSubmitAnswerWithoutRequestIdCarriesTheHeadersId() {
    server.stubFor(post(urlEqualTo(Stubs.SUBMIT))
        .willReturn(okJson("{\"status\":\"QUEUED\"}").withHeader("x-request-id", HEADER_ID)));

    assertThat(unexpectedAnswer(() -> flux.submit(TestRequest.flux()),
        "POST v2/flux-schnell returned 200 without a request_id: {\"status\":\"QUEUED\"}").requestId())
        .contains(HEADER_ID);
  }

  @Test
  void aSyncAnswerWithoutAnImageCarriesTheHeadersId() {
    stubs.generate(aResponse().withStatus(204).withHeader("x-request-id", HEADER_ID));

    assertThat(unexpectedAnswer(() -> flux.generate(TestRequest.flux()),
        "POST v1/flux-schnell returned 204 without an image").requestId()).contains(HEADER_ID);
  }

  @Test
  void aSyncAnswerWithoutTheHeaderHasNoId() {
    stubs.generate(aResponse().withStatus(204));

    assertThat(unexpectedAnswer(() -> flux.generate(TestRequest.flux()),
        "POST v1/flux-schnell returned 204 without an image").requestId()).isEmpty();
  }

  @Test
  void aSyncImageThatBreaksWhileReadCarriesTheHeadersId() {
    stubs.generate(aResponse().withHeader("Content-Type", "text/plain").withHeader("x-request-id", HEADER_ID)
        .withBody("<html>maintenance</html>"));

    assertThat(unexpectedAnswer(() -> flux.generate(TestRequest.flux()),
        "POST v1/flux-schnell returned 200 with text that is not a base64 image (not base64: byte 0x3c at offset 0):"
            + " <html>maintenance</html>").requestId())
        .contains(HEADER_ID);
  }

  @Test
  void aSyncCallWithoutAnAnswerHasNoId() {
    stubs.generate(aResponse().withHeader("x-request-id", HEADER_ID).withFixedDelay(6_000));

    assertThat(transportFailure(() -> flux.generate(TestRequest.flux(), SHORT_TIMEOUT),
        "POST v1/flux-schnell failed: the call did not end within the call timeout of 2s").requestId()).isEmpty();
  }
}
