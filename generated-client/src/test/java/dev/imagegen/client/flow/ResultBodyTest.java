package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static dev.imagegen.client.testing.Stubs.REQUEST_ID;
import static dev.imagegen.client.testing.Stubs.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.imagegen.client.InferenceMetrics;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.MediaFile;
import dev.imagegen.client.error.InferenceFailedException;
import dev.imagegen.client.error.UnexpectedStatusException;
import dev.imagegen.client.testing.FluxService;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The v2 result body as Segmind documents it (metrics, media as {@code images[]} or {@code video},
 * seed), the metrics of a FAILED answer, and media downloads, which never carry the API key.
 */
class ResultBodyTest extends WireMockTestBase {

  private static final Duration DEADLINE = Duration.ofSeconds(8);

  @TempDir
  Path dir;

  private WireMockServer cdn;
  private FluxService flux;

  @BeforeEach
  void setUp() {
    // Another host than the API's: 127.0.0.1, where the API is at localhost.
    cdn = new WireMockServer(options().dynamicPort());
    cdn.start();
    stubs.submitAccepted();
    stubs.statuses(status("COMPLETED"));
    flux = flux();
  }

  @AfterEach
  void stopCdn() {
    cdn.stop();
  }

  private String cdnUrl(String path) {
    return "http://127.0.0.1:" + cdn.port() + path;
  }

  @Test
  void metricsMediaAndSeedAreTyped() {
    stubs.results(okJson("{\"status\":\"COMPLETED\",\"output\":\"" + cdnUrl("/a.png") + "\",\"seed\":8675309,"
        + "\"images\":[{\"url\":\"" + cdnUrl("/a.png") + "\",\"content_type\":\"image/png\",\"file_name\":\"a.png\","
        + "\"file_size\":2048},{\"url\":\"" + cdnUrl("/b.png") + "\"}],"
        + "\"video\":{\"url\":\"" + cdnUrl("/c.mp4") + "\",\"content_type\":\"video/mp4\"},"
        + "\"metrics\":{\"cost\":0.0265,\"remaining_credits\":99.97,\"inference_time\":2.5,\"queue_time\":0.25,"
        + "\"total_time\":3,\"retry_count\":1},\"extra\":{\"nsfw\":false}}"));

    InferenceResult result = flux.submit(TestRequest.flux()).await(DEADLINE);

    assertThat(result.seed()).hasValue(8_675_309);
    assertThat(result.media()).extracting(MediaFile::url)
        .containsExactly(cdnUrl("/a.png"), cdnUrl("/b.png"), cdnUrl("/c.mp4"));
    MediaFile first = result.media().get(0);
    assertThat(first.contentType()).contains("image/png");
    assertThat(first.fileName()).contains("a.png");
    assertThat(first.fileSize()).hasValue(2048);
    assertThat(result.media().get(1).contentType()).isEmpty();
    assertThat(result.media().get(2).contentType()).contains("video/mp4");
    InferenceMetrics metrics = result.metrics();
    assertThat(metrics.cost()).contains(new BigDecimal("0.0265"));
    assertThat(metrics.remainingCredits()).contains(new BigDecimal("99.97"));
    assertThat(metrics.inferenceTime()).contains(Duration.ofMillis(2500));
    assertThat(metrics.queueTime()).contains(Duration.ofMillis(250));
    assertThat(metrics.totalTime()).contains(Duration.ofSeconds(3));
    assertThat(metrics.retryCount()).hasValue(1);
    assertThat(result.body().path("extra").path("nsfw").asBoolean(true)).isFalse();
    assertThat(result).hasToString("InferenceResult{requestId=" + REQUEST_ID + ", status=COMPLETED (SUCCEEDED),"
        + " media=3, seed=8675309, InferenceMetrics{cost=0.0265, remainingCredits=99.97, inferenceTime=PT2.5S,"
        + " queueTime=PT0.25S, totalTime=PT3S, retryCount=1}}");
  }

  @Test
  void fieldsOfAnotherTypeReadAsAbsent() {
    stubs.results(okJson("{\"status\":\"COMPLETED\",\"seed\":\"random\",\"images\":[{\"url\":7},\"x\"],"
        + "\"video\":null,\"metrics\":{\"cost\":\"n/a\",\"retry_count\":-1}}"));

    InferenceResult result = flux.submit(TestRequest.flux()).await(DEADLINE);

    assertThat(result.seed()).isEmpty();
    assertThat(result.media()).isEmpty();
    assertThat(result.metrics().cost()).isEmpty();
    assertThat(result.metrics().retryCount()).isEmpty();
    assertThat(result.output().isMissingNode()).isTrue();
  }

  @Test
  void aFailedAnswerKeepsItsErrorAndMetrics() {
    stubs.statuses(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
        .withBody("{\"status\":\"FAILED\",\"error\":\"NSFW content detected\","
            + "\"metrics\":{\"inference_time\":1.25,\"queue_time\":0.5,\"total_time\":1.75}}"));

    InferenceFailedException failure = catchThrowableOfType(InferenceFailedException.class,
        () -> flux.submit(TestRequest.flux()).await(DEADLINE));

    assertThat(failure).hasMessage("Request " + REQUEST_ID + " failed: NSFW content detected");
    assertThat(failure.metrics()).hasValueSatisfying(metrics -> {
      assertThat(metrics.inferenceTime()).contains(Duration.ofMillis(1250));
      assertThat(metrics.queueTime()).contains(Duration.ofMillis(500));
      assertThat(metrics.totalTime()).contains(Duration.ofMillis(1750));
      assertThat(metrics.cost()).isEmpty();
    });
  }

  @Test
  void aMediaFileDownloadsToAPathWithoutTheApiKey() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    cdn.stubFor(get(urlEqualTo("/a.png?sig=abc")).willReturn(aResponse().withStatus(302)
        .withHeader("Location", cdnUrl("/stored/a.png"))));
    cdn.stubFor(get(urlEqualTo("/stored/a.png")).willReturn(aResponse().withHeader("Content-Type", "image/png")
        .withBody(png)));
    stubs.results(okJson("{\"status\":\"COMPLETED\",\"images\":[{\"url\":\"" + cdnUrl("/a.png?sig=abc") + "\"}]}"));
    Path file = dir.resolve("a.png");

    long written = flux.submit(TestRequest.flux()).await(DEADLINE).media().get(0).downloadTo(file);

    assertThat(written).isEqualTo(png.length);
    assertThat(Files.readAllBytes(file)).isEqualTo(png);
    List<LoggedRequest> cdnRequests = cdn.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    assertThat(cdnRequests).hasSize(2).allSatisfy(request -> {
      assertThat(request.containsHeader("x-api-key")).isFalse();
      assertThat(request.getHeaders().all().toString()).doesNotContain(API_KEY);
    });
  }

  @Test
  void aMediaFileTheHostRefusesIsAnUnexpectedStatusAndLeavesNoFile() {
    cdn.stubFor(get(urlEqualTo("/gone.png?sig=abc")).willReturn(aResponse().withStatus(404).withBody("expired")));
    stubs.results(okJson("{\"status\":\"COMPLETED\",\"images\":[{\"url\":\"" + cdnUrl("/gone.png?sig=abc") + "\"}]}"));
    MediaFile media = flux.submit(TestRequest.flux()).await(DEADLINE).media().get(0);
    Path file = dir.resolve("gone.png");

    assertThatThrownBy(() -> media.downloadTo(file))
        .isExactlyInstanceOf(UnexpectedStatusException.class)
        .hasMessage("GET " + cdnUrl("/gone.png") + " returned 404 Not Found: expired");
    assertThat(file).doesNotExist();
  }

  @Test
  void aResultPastTheJsonStringLimitIsRead() {
    String output = "A".repeat(20_000_004);
    stubs.results(okJson("{\"status\":\"COMPLETED\",\"output\":\"" + output + "\"}"));

    InferenceResult result = flux.submit(TestRequest.flux()).await(DEADLINE);

    assertThat(result.output().asText()).hasSize(20_000_004);
  }

  @Test
  void aFailedStatusWithoutItsErrorIsFollowedByOneResultCallThatHasIt() {
    stubs.statuses(status("FAILED"));
    stubs.results(aResponse().withStatus(422).withHeader("Content-Type", "application/json")
        .withBody("{\"status\":\"FAILED\",\"error\":\"NSFW content detected\",\"metrics\":{\"cost\":0}}"));

    InferenceFailedException failure = catchThrowableOfType(InferenceFailedException.class,
        () -> flux.submit(TestRequest.flux()).await(DEADLINE));

    assertThat(failure).hasMessage("Request " + REQUEST_ID + " failed: NSFW content detected");
    assertThat(failure.metrics()).hasValueSatisfying(metrics -> assertThat(metrics.cost()).contains(BigDecimal.ZERO));
    assertThat(stubs.gets(Stubs.RESULT)).isEqualTo(1);
  }

  @Test
  void whenThatResultCallFailsTheStatusAloneEndsTheWait() {
    stubs.statuses(status("FAILED"));
    stubs.results(aResponse().withStatus(404).withBody("{\"error\":\"Request " + REQUEST_ID + " not found\"}"));

    InferenceFailedException failure = catchThrowableOfType(InferenceFailedException.class,
        () -> flux.submit(TestRequest.flux()).await(DEADLINE));

    assertThat(failure).hasMessage("Request " + REQUEST_ID + " failed");
    assertThat(failure.error()).isEmpty();
    assertThat(stubs.gets(Stubs.RESULT)).isEqualTo(1);
  }
}
