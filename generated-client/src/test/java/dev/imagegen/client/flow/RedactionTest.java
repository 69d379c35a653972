package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.imagegen.client.Job;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The API key travels in its header only, and shows nowhere else, even when a server echoes it. */
class RedactionTest extends WireMockTestBase {

  private static final String ECHO = "{\"error\":\"bad key\",\"headers\":{\"x-api-key\":\"" + API_KEY + "\"}}";

  private static String everythingAbout(Throwable failure) {
    StringWriter trace = new StringWriter();
    failure.printStackTrace(new PrintWriter(trace));
    return trace.toString();
  }

  @Test
  void theKeyIsSentInItsHeaderAndNotInTheUrl() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withBody(new byte[] {1}));

    flux().generate(TestRequest.flux()).close();

    server.verify(postRequestedFor(urlPathEqualTo(Stubs.GENERATE)).withHeader("x-api-key", equalTo(API_KEY))
        .withHeader("Authorization", absent()));
    assertThat(server.getAllServeEvents().get(0).getRequest().getUrl()).doesNotContain(API_KEY);
  }

  @Test
  void anEchoedKeyIsMaskedInApiExceptions() {
    stubs.generate(aResponse().withStatus(401).withBody(ECHO));

    Throwable failure = catchThrowable(() -> flux().generate(TestRequest.flux()));

    assertThat(failure).hasMessage("POST v1/flux-schnell returned 401 Unauthorized: "
        + "{\"error\":\"bad key\",\"headers\":{\"x-api-key\":\"****\"}}");
    assertThat(everythingAbout(failure)).doesNotContain(API_KEY);
  }

  @Test
  void anEchoedKeyIsMaskedInUnexpectedAnswers() {
    server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo(Stubs.SUBMIT))
        .willReturn(okJson(ECHO)));

    Throwable failure = catchThrowable(() -> flux().submit(TestRequest.flux()));

    assertThat(failure).hasMessage("POST v2/flux-schnell returned 200 without a request_id: "
        + "{\"error\":\"bad key\",\"headers\":{\"x-api-key\":\"****\"}}");
  }

  @Test
  void anEchoedKeyIsMaskedInFailedJobs() {
    stubs.submitAccepted();
    stubs.statuses(aResponse().withStatus(422).withBody("{\"status\":\"FAILED\",\"error\":\"key " + API_KEY + "\"}"));

    Throwable failure = catchThrowable(() -> flux().submit(TestRequest.flux()).await());

    assertThat(failure).hasMessage("Request " + Stubs.REQUEST_ID + " failed: key ****");
  }

  @Test
  void aKeyHiddenInJsonEscapesIsMaskedInFailedJobs() {
    stubs.submitAccepted();
    stubs.statuses(aResponse().withStatus(422)
        .withBody("{\"status\":\"FAILED\",\"error\":\"key sk\\u002dtest-5ecret-K3y\"}"));

    Throwable failure = catchThrowable(() -> flux().submit(TestRequest.flux()).await());

    assertThat(failure).hasMessage("Request " + Stubs.REQUEST_ID + " failed: key ****");
  }

  @Test
  void aKeyAtTheEndOfALongErrorIsMaskedBeforeTheErrorIsCut() {
    String longError = "x".repeat(490) + " " + API_KEY;
    stubs.submitAccepted();
    stubs.statuses(okJson("{\"status\":\"FAILED\",\"error\":\"" + longError + "\"}"));

    Throwable failure = catchThrowable(() -> flux().submit(TestRequest.flux()).await());

    assertThat(failure).hasMessage("Request " + Stubs.REQUEST_ID + " failed: " + "x".repeat(490) + " ****");
  }

  @Test
  void noToStringShowsTheKey() {
    stubs.submitAccepted();
    Job job = flux().submit(TestRequest.flux());

    assertThat(flux().core().toString()).doesNotContain(API_KEY).contains("apiKey=****");
    assertThat(flux().core().options().toString()).doesNotContain(API_KEY);
    assertThat(job.toString()).doesNotContain(API_KEY);
  }
}
