package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.imagegen.client.ImageInput;
import dev.imagegen.client.error.ImageReadException;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.TestRules;
import dev.imagegen.client.testing.WireMockTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An image file that cannot be opened fails the call, typed, before anything is sent; one that fails
 * while it streams cuts the request off before its end, so the server records no request.
 */
class RequestEncodingTest extends WireMockTestBase {

  @TempDir
  Path dir;

  private Path file;
  private TestRequest request;

  @BeforeEach
  void setUp() throws IOException {
    file = Files.write(dir.resolve("pose.png"), new byte[] {1, 2, 3});
    request = TestRequest.of(TestRules.FLUX, "prompt", "a tiger", "image", ImageInput.fromPath(file));
  }

  private ImageReadException failureWithNoRequestServed(ThrowingCallable call) {
    ImageReadException failure = catchThrowableOfType(ImageReadException.class, call);
    assertThat(server.getAllServeEvents()).isEmpty();
    assertThat(failure.getMessage()).doesNotContain(API_KEY);
    return failure;
  }

  @Test
  void aFileIsStreamedAsBase64InAChunkedBody() throws IOException {
    byte[] image = new byte[3 * 1024 * 1024 + 1];
    new Random(7).nextBytes(image);
    Files.write(file, image);
    stubs.generate(aResponse().withHeader("Content-Type", "image/jpeg").withBody(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));

    flux().generate(request).close();

    LoggedRequest sent = server.getAllServeEvents().get(0).getRequest();
    assertThat(sent.header("Transfer-Encoding").firstValue()).isEqualTo("chunked");
    assertThat(sent.containsHeader("Content-Length")).isFalse();
    JsonNode body = new ObjectMapper().readTree(sent.getBody());
    assertThat(body.path("prompt").asText()).isEqualTo("a tiger");
    assertThat(body.path("image").asText()).isEqualTo(Base64.getEncoder().encodeToString(image));
  }

  @Test
  void aBodyWithoutAFileIsSentWithItsLength() {
    stubs.generate(aResponse().withHeader("Content-Type", "image/jpeg").withBody(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}));

    flux().generate(TestRequest.flux()).close();

    LoggedRequest sent = server.getAllServeEvents().get(0).getRequest();
    assertThat(sent.getBodyAsString()).isEqualTo("{\"prompt\":\"a tiger\",\"steps\":4}");
    assertThat(sent.header("Content-Length").firstValue()).isEqualTo("30");
    assertThat(sent.containsHeader("Transfer-Encoding")).isFalse();
  }

  @Test
  void aSyncCallWithAFileDeletedAfterTheRequestWasBuilt() throws IOException {
    Files.delete(file);

    assertThat(failureWithNoRequestServed(() -> flux().generate(request)))
        .hasMessage("image file " + file + " could not be read: NoSuchFileException");
  }

  @Test
  void aSubmitWithAFileDeletedAfterTheRequestWasBuilt() throws IOException {
    Files.delete(file);

    assertThat(failureWithNoRequestServed(() -> flux().submit(request)))
        .hasMessage("image file " + file + " could not be read: NoSuchFileException");
  }

  @Test
  void aFileThatFailsWhileItStreams() throws IOException {
    // Opening a directory succeeds on Linux; reading it fails.
    Files.delete(file);
    Files.createDirectory(file);

    assertThat(failureWithNoRequestServed(() -> flux().generate(request)))
        .hasMessage("image file " + file + " could not be read: IOException: Is a directory");
  }
}
