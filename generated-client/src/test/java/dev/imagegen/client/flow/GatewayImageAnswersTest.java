package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.error.UnexpectedResponseException;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.WireMockTestBase;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Sync answers as the real gateway and servers like it send them: documented response headers, data
 * URIs, base64 past Jackson's default string limit, and 200s that are no image.
 */
class GatewayImageAnswersTest extends WireMockTestBase {

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

  /** Base64 of more than 20,000,000 characters: Jackson's default limit for one string. */
  private static final int LARGE_IMAGE_BYTES = 15_000_003;

  @Test
  void theDocumentedHeadersAreTyped() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withHeader("x-request-id", "r-1")
        .withHeader("x-cost", "0.0265").withHeader("x-remaining-credits", "99.5")
        .withHeader("x-generation-time", "1.75").withHeader("x-seed-value", "123456789012").withBody(PNG));

    try (GeneratedImage image = flux().generate(TestRequest.flux())) {
      assertThat(image.requestId()).contains("r-1");
      assertThat(image.cost()).contains(new BigDecimal("0.0265"));
      assertThat(image.remainingCredits()).contains(new BigDecimal("99.5"));
      assertThat(image.generationTime()).contains(Duration.ofMillis(1750));
      assertThat(image.seed()).hasValue(123_456_789_012L);
    }
  }

  @Test
  void headersThatAreNoNumbersReadAsAbsent() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withHeader("x-cost", "free")
        .withHeader("x-generation-time", "-1").withHeader("x-seed-value", "1.5").withBody(PNG));

    try (GeneratedImage image = flux().generate(TestRequest.flux())) {
      assertThat(image.cost()).isEmpty();
      assertThat(image.generationTime()).isEmpty();
      assertThat(image.seed()).isEmpty();
      assertThat(image.requestId()).isEmpty();
    }
  }

  @Test
  void aDataUriAsTextIsDecodedWithItsType() {
    stubs.generate(aResponse().withHeader("Content-Type", "text/plain")
        .withBody("data:image/png;base64," + Base64.getEncoder().encodeToString(PNG)));

    GeneratedImage image = flux().generate(TestRequest.flux());

    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(image.decodedFromBase64()).isTrue();
    assertThat(image.bytes()).isEqualTo(PNG);
  }

  @Test
  void aDataUriAsAJsonStringIsDecodedWithItsType() {
    stubs.generate(aResponse().withHeader("Content-Type", "application/json")
        .withBody("\"data:image/webp;base64," + Base64.getEncoder().encodeToString(PNG) + '"'));

    GeneratedImage image = flux().generate(TestRequest.flux());

    assertThat(image.contentType()).isEqualTo("image/webp");
    assertThat(image.bytes()).isEqualTo(PNG);
  }

  @Test
  void aDataUriThatIsNotBase64IsNoImage() {
    stubs.generate(aResponse().withHeader("Content-Type", "text/plain").withBody("data:image/svg+xml,%3Csvg%3E"));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux()))
        .isExactlyInstanceOf(UnexpectedResponseException.class)
        .hasMessage("POST v1/flux-schnell returned 200 with text that is not a base64 image (a data URI that is"
            + " not base64: data:image/svg+xml): data:image/svg+xml,%3Csvg%3E");
  }

  @Test
  void base64PastTheJsonStringLimitIsReadAsTextAndAsAJsonString() {
    byte[] image = largePng();
    String base64 = Base64.getEncoder().encodeToString(image);
    assertThat(base64.length()).isEqualTo(20_000_004);

    stubs.generate(aResponse().withHeader("Content-Type", "text/plain").withBody(base64));
    assertThat(flux().generate(TestRequest.flux()).bytes()).isEqualTo(image);

    stubs.generate(aResponse().withHeader("Content-Type", "application/json").withBody('"' + base64 + '"'));
    assertThat(flux().generate(TestRequest.flux()).bytes()).isEqualTo(image);
  }

  @Test
  void textThatStopsBeingBase64PartWayFailsAsAnUnexpectedAnswerWhenRead() {
    String base64 = Base64.getEncoder().encodeToString(largePng());
    stubs.generate(aResponse().withHeader("Content-Type", "text/plain").withBody(base64 + "<html>"));

    GeneratedImage image = flux().generate(TestRequest.flux());

    assertThatThrownBy(image::bytes)
        .isExactlyInstanceOf(UnexpectedResponseException.class)
        .hasMessage("reading the image of POST v1/flux-schnell failed: the body is not base64: byte 0x3c at offset"
            + " 20000004")
        .hasCauseInstanceOf(java.io.IOException.class);
  }

  @Test
  void anHtmlPageServedAsAnImageTypeOfTextIsNoImage() {
    stubs.generate(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody("<!doctype html><title>Bad gateway</title> <p>Try again</p>"));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux()))
        .isExactlyInstanceOf(UnexpectedResponseException.class)
        .hasMessage("POST v1/flux-schnell returned 200 with text that is not a base64 image (not base64: byte 0x3c"
            + " at offset 0): <!doctype html><title>Bad gateway</title> <p>Try again</p>");
  }

  private static byte[] largePng() {
    byte[] image = Arrays.copyOf(PNG, LARGE_IMAGE_BYTES);
    Arrays.fill(image, PNG.length, image.length, (byte) 7);
    return image;
  }

  @Test
  void utf8InAnUnreadableAnswerIsQuotedAsSent() {
    String page = "<p>Wartung – bitte später</p>";
    stubs.generate(aResponse().withHeader("Content-Type", "text/html").withBody(page.getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux()))
        .hasMessageEndingWith(": " + page);
  }

  @Test
  void textThatHappensToBeBase64ButDecodesToNoImageIsRefused() {
    stubs.generate(aResponse().withHeader("Content-Type", "text/plain").withBody("Insufficient credits"));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux()))
        .isExactlyInstanceOf(UnexpectedResponseException.class)
        .hasMessage("POST v1/flux-schnell returned 200 with text that is not a base64 image (base64 of bytes that"
            + " are no image of a known type): Insufficient credits");
  }

  @Test
  void aDataUriOfAnotherTypeThanAnImageIsRefused() {
    stubs.generate(aResponse().withHeader("Content-Type", "text/plain").withBody("data:text/plain;base64,b2s="));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux()))
        .isExactlyInstanceOf(UnexpectedResponseException.class)
        .hasMessage("POST v1/flux-schnell returned 200 with text that is not a base64 image (a data URI of"
            + " text/plain, which is no image): data:text/plain;base64,b2s=");
  }

  @Test
  void markupOrJsonServedWithoutATextTypeIsRefused() {
    stubs.generate(aResponse().withBody("\n <!DOCTYPE html><title>Login</title>"));
    assertThatThrownBy(() -> flux().generate(TestRequest.flux()))
        .isExactlyInstanceOf(UnexpectedResponseException.class)
        .hasMessage("POST v1/flux-schnell returned 200 with a body that is no image but markup, such as HTML:"
            + " <!DOCTYPE html><title>Login</title>");

    stubs.generate(aResponse().withHeader("Content-Type", "image/png").withBody("{\"error\":\"quota\"}"));
    assertThatThrownBy(() -> flux().generate(TestRequest.flux()))
        .isExactlyInstanceOf(UnexpectedResponseException.class)
        .hasMessage("POST v1/flux-schnell returned 200 with a body that is no image but JSON: {\"error\":\"quota\"}");
  }

  @Test
  void anSvgMayStartWithMarkup() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/svg+xml").withBody("<svg/>"));

    assertThat(flux().generate(TestRequest.flux()).bytes()).isEqualTo("<svg/>".getBytes(StandardCharsets.US_ASCII));
  }

  @Test
  void theKeyInAnUnreadableAnswerIsMaskedInTheMessageAndItsCause() {
    // The JSON parser quotes a token up to a character no identifier has: this key is one token.
    String key = "SG0123456789abcdef0123456789abcdef";
    stubs.generate(aResponse().withHeader("Content-Type", "application/json").withBody(key + " is not a valid key"));

    UnexpectedResponseException failure = catchThrowableOfType(UnexpectedResponseException.class,
        () -> segmind().apiKey(key).build().generate(TestRequest.flux()));

    assertThat(failure).hasMessage("POST v1/flux-schnell returned 200 with a body that is not JSON: **** is not a"
        + " valid key");
    assertThat(failure.getCause()).hasMessageNotContaining(key).hasMessageStartingWith("Unrecognized token '****'");
  }

  @Test
  void aKeyCutInTwoByTheExcerptShowsNoHalf() {
    stubs.generate(aResponse().withHeader("Content-Type", "text/plain")
        .withBody(" ".repeat(4096 - 10) + "<p>" + API_KEY + "</p>"));

    assertThatThrownBy(() -> flux().generate(TestRequest.flux()))
        .hasMessage("POST v1/flux-schnell returned 200 with text that is not a base64 image (not base64: byte 0x3c"
            + " at offset 4086): <p>****");
  }
}
