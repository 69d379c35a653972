package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imagegen.client.RetryPolicy;
import dev.imagegen.client.error.ServerException;
import dev.imagegen.client.error.UnexpectedStatusException;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import org.junit.jupiter.api.Test;

/**
 * OkHttp sends each request once: it neither repeats one on its own (as it would after a 503 with
 * {@code Retry-After: 0}) nor follows a redirect, which would re-send a POST or hand the key to another host.
 */
class SendOnceTest extends WireMockTestBase {

  private static final String ELSEWHERE = "/elsewhere";

  @Test
  void aPostAnswered503WithRetryAfterZeroIsSentOnce() {
    stubs.generate(aResponse().withStatus(503).withHeader("Retry-After", "0").withBody("busy"));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux()))
        .isInstanceOf(ServerException.class)
        .hasMessage("POST v1/flux-schnell returned 503 Service Unavailable: busy");
    assertThat(stubs.posts(Stubs.GENERATE)).isEqualTo(1);
  }

  @Test
  void aStatusCallAnswered503WithRetryAfterZeroIsOneAttempt() {
    stubs.submitAccepted();
    stubs.statuses(aResponse().withStatus(503).withHeader("Retry-After", "0").withBody("busy"));

    assertThatThrownBy(() -> segmind().retryPolicy(RetryPolicy.none()).build().submit(TestRequest.flux()).status())
        .isInstanceOf(ServerException.class)
        .hasMessage("GET v2/requests/" + Stubs.REQUEST_ID + "/status returned 503 Service Unavailable: busy");
    assertThat(stubs.gets(Stubs.STATUS)).isEqualTo(1);
  }

  @Test
  void aTemporaryRedirectOfAPostIsNotFollowed() {
    stubs.generate(aResponse().withStatus(307).withHeader("Location", server.baseUrl() + ELSEWHERE));
    server.stubFor(post(urlEqualTo(ELSEWHERE)).willReturn(aResponse().withStatus(200)));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux()))
        .isInstanceOf(UnexpectedStatusException.class)
        .hasMessage("POST v1/flux-schnell returned 307");
    assertThat(stubs.posts(Stubs.GENERATE)).isEqualTo(1);
    assertThat(server.findAll(anyRequestedFor(urlEqualTo(ELSEWHERE)))).isEmpty();
  }

  @Test
  void aRedirectOfAPollIsNotFollowedSoTheKeyStaysWithTheApi() {
    stubs.submitAccepted();
    stubs.statuses(aResponse().withStatus(302).withHeader("Location", "http://127.0.0.2:" + server.port() + ELSEWHERE));

    assertThatThrownBy(() -> flux().submit(TestRequest.flux()).status())
        .isInstanceOf(UnexpectedStatusException.class)
        .hasMessage("GET v2/requests/" + Stubs.REQUEST_ID + "/status returned 302");
    assertThat(server.findAll(anyRequestedFor(urlEqualTo(ELSEWHERE)))).isEmpty();
  }
}
