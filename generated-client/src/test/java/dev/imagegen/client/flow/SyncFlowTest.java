package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.ImageInput;
import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.error.ServerException;
import dev.imagegen.client.error.TransportException;
import dev.imagegen.client.error.UnexpectedResponseException;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.TestRules;
import dev.imagegen.client.testing.TestSampler;
import dev.imagegen.client.testing.WireMockTestBase;
import dev.imagegen.client.validation.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The v1 flow: one POST, an image back. */
class SyncFlowTest extends WireMockTestBase {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x01, 0x02};

  @TempDir
  Path dir;


  @Test
  void anImageComesBackWithItsTypeCreditsAndRequestId() {
    stubs.generate(aResponse().withStatus(200).withHeader("Content-Type", "image/jpeg")
        .withHeader("x-remaining-credits", "41.25").withHeader("x-request-id", "r-99").withBody(JPEG));

    GeneratedImage image = flux().generate(TestRequest.of(TestRules.FLUX, "prompt", "a tiger", "steps", 4L,
        "sampler", TestSampler.EULER, "image", ImageInput.fromBytes(new byte[] {1, 2, 3})));

    assertThat(image.bytes()).isEqualTo(JPEG);
    assertThat(image.contentType()).isEqualTo("image/jpeg");
    assertThat(image.remainingCredits()).contains(new BigDecimal("41.25"));
    assertThat(image.requestId()).contains("r-99");
    assertThat(image.decodedFromBase64()).isFalse();
    server.verify(1, postRequestedFor(urlEqualTo(Stubs.GENERATE))
        .withHeader("x-api-key", equalTo(API_KEY))
        .withHeader("Content-Type", equalTo("application/json; charset=UTF-8"))
        .withRequestBody(equalToJson("{\"prompt\":\"a tiger\",\"steps\":4,\"sampler\":\"euler\",\"image\":\"AQID\"}")));
  }

  @Test
  void writeToStreamsTheImageToDisk() throws IOException {
    byte[] large = new byte[300_000];
    large[299_999] = 42;
    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withBody(large));

    Path file = dir.resolve("tiger.png");
    long written = flux().generate(TestRequest.flux()).writeTo(file);

    assertThat(written).isEqualTo(large.length);
    assertThat(Files.readAllBytes(file)).isEqualTo(large);
  }

  @Test
  void base64TextIsDecoded() {
    String text = Base64.getMimeEncoder().encodeToString(JPEG) + "\n";
    stubs.generate(aResponse().withHeader("Content-Type", "text/plain; charset=utf-8").withBody(text));

    GeneratedImage image = flux().generate(TestRequest.flux());

    assertThat(image.bytes()).isEqualTo(JPEG);
    assertThat(image.decodedFromBase64()).isTrue();
    assertThat(image.contentType()).isEqualTo("text/plain; charset=utf-8");
  }

  @Test
  void aJsonStringOfBase64IsDecoded() {
    stubs.generate(aResponse().withHeader("Content-Type", "application/json")
        .withBody('"' + Base64.getEncoder().encodeToString(JPEG) + '"'));

    assertThat(flux().generate(TestRequest.flux()).bytes()).isEqualTo(JPEG);
  }

  @Test
  void otherJsonIsAnUnexpectedAnswer() {
    stubs.generate(aResponse().withHeader("Content-Type", "application/json").withBody("{\"image\": 1}"));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux()))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessage("POST v1/flux-schnell returned 200 with JSON that is not base64 image text: {\"image\":1}");
  }

  @Test
  void anInvalidRequestIsRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> flux().generate(TestRequest.of(TestRules.FLUX, "steps", 9L)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid flux-schnell request: 2 violations\n  /prompt: is required\n  /steps: 9 is above maximum 8");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void thePerCallTimeoutApplies() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withBody(JPEG).withFixedDelay(2_000));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux(), RequestOptions.withTimeout(Duration.ofMillis(200))))
        .isInstanceOf(TransportException.class)
        .hasMessage("POST v1/flux-schnell failed: InterruptedIOException: timeout");
  }

  @Test
  void aPostIsNeverRetried() {
    stubs.generate(serverError().withStatus(503));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux())).isInstanceOf(ServerException.class);
    assertThat(stubs.posts(Stubs.GENERATE)).isEqualTo(1);
    assertThat(scheduler.waits()).isEmpty();
  }

  @Test
  void aResetConnectionIsATransportFailureAndIsNotRetried() {
    stubs.generate(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux()))
        .isInstanceOf(TransportException.class)
        .hasMessageStartingWith("POST v1/flux-schnell failed: ")
        .hasCauseInstanceOf(IOException.class);
    assertThat(stubs.posts(Stubs.GENERATE)).isEqualTo(1);
  }

  @Test
  void aMalformedChunkFailsWhileReadingTheImage() {
    stubs.generate(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux()).bytes())
        .isInstanceOf(TransportException.class)
        .hasMessageStartingWith("reading the image of POST v1/flux-schnell failed: ");
  }
}
