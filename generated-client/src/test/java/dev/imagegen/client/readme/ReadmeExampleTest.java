package dev.imagegen.client.readme;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.ImageInput;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.Job;
import dev.imagegen.client.segmind.FluxControlnetRequest;
import dev.imagegen.client.segmind.FluxSchnellRequest;
import dev.imagegen.client.segmind.SegmindClient;
import dev.imagegen.client.validation.ValidationException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's client examples: each region between the {@code README:begin} and {@code README:end}
 * comments below runs here against the WireMock stubs the generator exports (the quickstart's mock),
 * and README.md must show it exactly, so the README cannot drift from the client.
 */
class ReadmeExampleTest {

  private static final Path STUBS = Path.of(System.getProperty("imagegen.wiremockStubs"));
  private static final Path README = Path.of(System.getProperty("imagegen.readme"));
  private static final String API_KEY = "any-key-the-mock-accepts";

  private static WireMockServer mock;

  @TempDir Path outputDir;

  @BeforeAll
  static void serveTheExportedStubs() {
    mock = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(STUBS.toString()));
    mock.start();
  }

  @AfterAll
  static void stop() {
    mock.stop();
  }

  @Test
  void bothFlows() throws IOException {
    String apiKey = API_KEY;
    String baseUrl = mock.baseUrl();

    // README:begin
    SegmindClient segmind = SegmindClient.builder()
        .apiKey(apiKey)          // or SegmindClient.fromEnv(), which reads SEGMIND_API_KEY
        .baseUrl(baseUrl)        // https://api.segmind.com when not set
        .build();

    // v1, sync: the image is the answer
    FluxSchnellRequest tiger = FluxSchnellRequest.builder()
        .prompt("a bengal tiger in an astronaut suit on mars")
        .steps(4).width(1024).height(1024)
        .build();
    GeneratedImage image = segmind.fluxSchnell().generate(tiger);
    image.writeTo(outputDir.resolve("tiger.jpg"));
    String credits = image.remainingCredits().map(BigDecimal::toPlainString).orElse("unknown");

    // v2, async: a request id at once, the result once the job completes
    FluxControlnetRequest dancer = FluxControlnetRequest.builder()
        .image(ImageInput.fromUrl("https://segmind-sd-models.s3.amazonaws.com/display_images/model_1.png"))
        .prompt("a dancer on a rooftop at dawn")
        .sampler(FluxControlnetRequest.Sampler.EULER)
        .scheduler(FluxControlnetRequest.Scheduler.SIMPLE)
        .seed(652889)
        .build();
    Job job = segmind.fluxControlnet().submit(dancer);
    String requestId = job.requestId();                 // keep it: segmind.fluxControlnet().job(requestId)
    InferenceResult result = job.await(Duration.ofMinutes(10));
    String imageUrl = result.output().asText();
    // README:end

    assertThat(outputDir.resolve("tiger.jpg")).hasBinaryContent(Files.readAllBytes(STUBS.resolve("__files/segmind-flux-schnell.jpg")));
    assertThat(credits).isEqualTo("1000");
    assertThat(requestId).isEqualTo("req-flux-controlnet-0001");
    assertThat(result.inferenceTime()).hasValue(Duration.ofMillis(1500));
    assertThat(imageUrl).isEqualTo(mock.baseUrl() + "/outputs/segmind/flux-controlnet.jpg");
  }

  /** The message is shown in the README below the code, so it is checked there too. */
  @Test
  void validationListsEveryViolation() throws IOException {
    // README:begin
    String problems;
    try {
      FluxSchnellRequest.builder().prompt("a tiger").steps(9).width(1020).build();
      problems = "none";
    } catch (ValidationException e) {
      problems = e.getMessage();  // every violation with its path; no HTTP call was made
    }
    // README:end

    assertThat(problems).isEqualTo("""
        Invalid flux-schnell request: 2 violations
          /steps: 9 is above maximum 8
          /width: 1020 is not a multiple of 8""");
    assertThat(Files.readString(README)).contains("```text\n" + problems + "\n```\n");
  }

  @Test
  void dynamicCallsValidateAMapByTheSameRules() {
    SegmindClient segmind = SegmindClient.builder().apiKey(API_KEY).baseUrl(mock.baseUrl()).build();

    // README:begin
    GeneratedImage byId = segmind.generate("flux-schnell", Map.of("prompt", "a tiger", "steps", 4));
    // README:end

    assertThat(byId.contentType()).isEqualTo("image/jpeg");
  }

  @Test
  void theReadmeShowsEveryRegionExactly() throws IOException {
    String readme = Files.readString(README);

    assertThat(ReadmeRegions.of(Path.of("src/test/java", getClass().getName().replace('.', '/') + ".java")))
        .hasSize(3)
        .allSatisfy(region -> assertThat(readme).contains("```java\n" + region + "```\n"));
  }
}
