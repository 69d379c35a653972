package dev.imagegen.client.flow;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static dev.imagegen.client.testing.Stubs.REQUEST_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.ImageInput;
import dev.imagegen.client.Job;
import dev.imagegen.client.error.ImageReadException;
import dev.imagegen.client.error.UnauthorizedException;
import dev.imagegen.client.testing.Stubs;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.TestRules;
import dev.imagegen.client.testing.WireMockTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code submitAsync}: the job, or what {@code submit} would throw, in a future; no thread waits for the POST. */
class AsyncSubmitTest extends WireMockTestBase {

  @TempDir
  Path dir;

  @Test
  void theFutureCompletesWithTheJobOnceThePostIsAnswered() {
    server.stubFor(post(urlEqualTo(Stubs.SUBMIT)).willReturn(aResponse().withFixedDelay(1_000)
        .withHeader("Content-Type", "application/json").withBody("{\"request_id\":\"" + REQUEST_ID + "\"}")));

    CompletableFuture<Job> job = flux().submitAsync(TestRequest.flux());

    assertThat(job).isNotDone();
    assertThat(job).succeedsWithin(Duration.ofSeconds(10)).extracting(Job::requestId).isEqualTo(REQUEST_ID);
    server.verify(postRequestedFor(urlEqualTo(Stubs.SUBMIT))
        .withRequestBody(equalToJson("{\"prompt\":\"a tiger\",\"steps\":4}")));
  }

  @Test
  void anErrorStatusCompletesTheFutureWithTheTypedException() {
    server.stubFor(post(urlEqualTo(Stubs.SUBMIT)).willReturn(aResponse().withStatus(401).withBody("")));

    assertThat(flux().submitAsync(TestRequest.flux())).failsWithin(Duration.ofSeconds(10))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(UnauthorizedException.class)
        .withMessage("POST v2/flux-schnell returned 401 Unauthorized");
  }

  @Test
  void aFileThatCannotBeOpenedFailsTheFutureWithNothingSent() throws IOException {
    Path file = Files.write(dir.resolve("pose.png"), new byte[] {1, 2, 3});
    TestRequest request = TestRequest.of(TestRules.FLUX, "prompt", "a tiger", "image", ImageInput.fromPath(file));
    Files.delete(file);

    assertFailsWithNothingServed(request, "image file " + file + " could not be read: NoSuchFileException");
  }

  @Test
  void aFileThatFailsWhileItStreamsFailsTheFutureOnTheHttpThreadWithoutEscapingIt() throws IOException {
    Path file = dir.resolve("pose.png");
    TestRequest request = TestRequest.of(TestRules.FLUX, "prompt", "a tiger", "image",
        ImageInput.fromPath(Files.write(file, new byte[] {1, 2, 3})));
    // Opening a directory succeeds on Linux; reading it fails.
    Files.delete(file);
    Files.createDirectory(file);

    assertFailsWithNothingServed(request, "image file " + file + " could not be read: IOException: Is a directory");
  }

  /** The future of {@code request} fails with an {@link ImageReadException} of {@code message}, and no request was served. */
  private void assertFailsWithNothingServed(TestRequest request, String message) {
    assertThat(flux().submitAsync(request)).failsWithin(Duration.ofSeconds(10))
        .withThrowableOfType(ExecutionException.class)
        .havingCause()
        .isInstanceOf(ImageReadException.class)
        .withMessage(message);
    assertThat(server.getAllServeEvents()).isEmpty();
  }
}
