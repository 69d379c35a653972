package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.serverError;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.ImageInput;
import dev.imagegen.client.ModelRequest;
import dev.imagegen.client.RequestOptions;
import dev.imagegen.client.error.ServerException;
import dev.imagegen.client.error.TransportException;
import dev.imagegen.client.error.UnexpectedResponseException;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.TestRules;
import dev.imagegen.client.testing.TestSampler;
import dev.imagegen.client.testing.WireMockTestBase;
import dev.imagegen.client.validation.DynamicRequest;
import dev.imagegen.client.validation.ModelRules;
import dev.imagegen.client.validation.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    assertThat(image.contentType()).as("read from the decoded bytes, not the text's type").isEqualTo("image/jpeg");
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json", "application/vnd.segmind+json"})
  void aJsonStringOfBase64IsDecoded(String contentType) {
    stubs.generate(aResponse().withHeader("Content-Type", contentType)
        .withBody('"' + Base64.getEncoder().encodeToString(JPEG) + '"'));

    assertThat(flux().generate(TestRequest.flux()).bytes()).isEqualTo(JPEG);
  }

  static Stream<Arguments> answersThatAreNoImage() {
    return Stream.of(
        Arguments.of(aResponse().withHeader("Content-Type", "application/json").withBody("{\"image\": 1}"),
            UnexpectedResponseException.class,
            "POST v1/flux-schnell returned 200 with JSON that is not base64 image text: {\"image\":1}"),
        Arguments.of(aResponse().withHeader("Content-Type", "application/json").withBody("\"hello world!\""),
            UnexpectedResponseException.class,
            "POST v1/flux-schnell returned 200 with a JSON string that is not a base64 image"
                + " (Illegal base64 character 21): hello world!"),
        // The JDK's MIME decoder would skip what is not base64 and decode the rest to garbage.
        Arguments.of(aResponse().withHeader("Content-Type", "text/html").withBody("<html>maintenance</html>"),
            UnexpectedResponseException.class,
            "POST v1/flux-schnell returned 200 with text that is not a base64 image"
                + " (not base64: byte 0x3c at offset 0): <html>maintenance</html>"),
        Arguments.of(aResponse().withStatus(204), UnexpectedResponseException.class,
            "POST v1/flux-schnell returned 204 without an image"),
        Arguments.of(aResponse().withStatus(205), UnexpectedResponseException.class,
            "POST v1/flux-schnell returned 205 without an image"),
        Arguments.of(aResponse().withHeader("Content-Type", "image/png").withBody(new byte[0]),
            UnexpectedResponseException.class, "POST v1/flux-schnell returned 200 without an image"));
  }

  @ParameterizedTest
  @MethodSource("answersThatAreNoImage")
  void anAnswerThatIsNoImageFailsWithItsReason(ResponseDefinitionBuilder answer, Class<? extends Exception> type,
      String message) {
    stubs.generate(answer);

    assertThatThrownBy(() -> flux().generate(TestRequest.flux())).isInstanceOf(type).hasMessage(message);
  }

  @Test
  void anInvalidMapRequestIsRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> flux().generate(DynamicRequest.of(TestRules.FLUX, Map.of("steps", 9L))))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid flux-schnell request: 2 violations\n  /prompt: is required\n  /steps: 9 is above maximum 8");
    assertThat(server.getAllServeEvents()).isEmpty();
  }

  @Test
  void aRequestIsCheckedWhereItIsMadeNotAgainWhenSent() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/jpeg").withBody(JPEG));
    ModelRequest unchecked = new ModelRequest() {
      @Override
      public ModelRules rules() {
        throw new AssertionError("the rules were consulted again when the request was sent");
      }

      @Override
      public Map<String, Object> toWireMap() {
        return Map.of("prompt", "a tiger");
      }
    };

    assertThat(flux().generate(unchecked).bytes()).isEqualTo(JPEG);
  }

  @Test
  void thePerCallTimeoutApplies() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withBody(JPEG).withFixedDelay(2_000));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux(), RequestOptions.withTimeout(Duration.ofMillis(200))))
        .isInstanceOf(TransportException.class)
        .hasMessage("POST v1/flux-schnell failed: the call did not end within the call timeout of 0.2s");
  }

  @Test
  void aPostIsNeverRetried() {
    stubs.generate(serverError().withStatus(503));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux())).isInstanceOf(ServerException.class);
    assertThat(stubs.posts(Stubs.GENERATE)).isEqualTo(1);
    assertThat(scheduler.waits()).isEmpty();
  }

  /** Sends once with {@code send}, which must fail below HTTP, and returns the failure. */
  private Throwable failsBelowHttpAfterOnePost(ThrowingCallable send, String url, String call) {
    Throwable failure = catchThrowable(send);
    assertThat(failure).isInstanceOf(TransportException.class)
        .hasMessageStartingWith(call + " failed: ")
        .hasCauseInstanceOf(IOException.class);
    assertThat(stubs.posts(url)).isEqualTo(1);
    return failure;
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE"})
  void aBrokenAnswerIsATransportFailureAndThePostIsNotRepeated(Fault fault) {
    stubs.generate(aResponse().withFault(fault));

    failsBelowHttpAfterOnePost(() -> flux().generate(TestRequest.flux()), Stubs.GENERATE, "POST v1/flux-schnell");
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 102})
  void anInformationalStatusAsTheAnswerIsATransportFailure(int status) {
    stubs.generate(aResponse().withStatus(status));

    assertThat(failsBelowHttpAfterOnePost(() -> flux().generate(TestRequest.flux()), Stubs.GENERATE,
        "POST v1/flux-schnell"))
        .hasMessage("POST v1/flux-schnell failed: ProtocolException: the answer broke the HTTP exchange:"
            + " java.lang.IllegalStateException: state: 3");
  }

  @ParameterizedTest
  @EnumSource(value = Fault.class, names = {"CONNECTION_RESET_BY_PEER", "EMPTY_RESPONSE", "RANDOM_DATA_THEN_CLOSE",
      "MALFORMED_RESPONSE_CHUNK"})
  void aBrokenSubmitAnswerIsATransportFailureAndThePostIsNotRepeated(Fault fault) {
    server.stubFor(post(urlEqualTo(Stubs.SUBMIT)).willReturn(aResponse().withFault(fault)));

    failsBelowHttpAfterOnePost(() -> flux().submit(TestRequest.flux()), Stubs.SUBMIT, "POST v2/flux-schnell");
  }

  @Test
  void aMalformedChunkFailsWhileReadingTheImage() {
    stubs.generate(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux()).bytes())
        .isInstanceOf(TransportException.class)
        .hasMessageStartingWith("reading the image of POST v1/flux-schnell failed: ");
  }
}
