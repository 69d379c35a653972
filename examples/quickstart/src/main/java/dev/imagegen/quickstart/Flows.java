package dev.imagegen.quickstart;

import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.ImageInput;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.Job;
import dev.imagegen.client.MediaFile;
import dev.imagegen.client.segmind.FluxControlnetRequest;
import dev.imagegen.client.segmind.FluxSchnellRequest;
import dev.imagegen.client.segmind.SegmindClient;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/** Both flows of the client, each printing what it did: v1 sync, then a v2 job. */
final class Flows {

  /** The input image of Segmind's own flux-controlnet example (seed 004). */
  private static final String POSE_IMAGE = "https://segmind-sd-models.s3.amazonaws.com/display_images/model_1.png";

  private final SegmindClient segmind;
  private final OkHttpClient http;
  private final Path outputDir;

  Flows(SegmindClient segmind, OkHttpClient http, Path outputDir) {
    this.segmind = segmind;
    this.http = http;
    this.outputDir = outputDir;
  }

  void run() throws IOException {
    generateSync();
    System.out.println();
    submitAsync();
  }

  /** v1: one POST, and the image is the answer. */
  private void generateSync() {
    FluxSchnellRequest request = FluxSchnellRequest.builder()
        .prompt("a bengal tiger in an astronaut suit on mars")
        .steps(4).width(1024).height(1024)
        .build();
    long start = System.nanoTime();
    GeneratedImage image = segmind.fluxSchnell().generate(request);
    Path file = outputDir.resolve("flux-schnell" + Extensions.of(image.contentType()));
    long bytes = image.writeTo(file);
    System.out.println("v1 flux-schnell: " + image.contentType() + ", " + bytes + " bytes written to " + file
        + " in " + Timing.since(start));
    System.out.println("  cost: " + credits(image.cost()) + ", remaining credits: " + credits(image.remainingCredits())
        + ", seed: " + (image.seed().isPresent() ? image.seed().getAsLong() : "not sent"));
  }

  /** v2: a request id at once, then polling until the job completes, then the result and its output. */
  private void submitAsync() throws IOException {
    FluxControlnetRequest request = FluxControlnetRequest.builder()
        .image(ImageInput.fromUrl(POSE_IMAGE))
        .prompt("a dancer on a rooftop at dawn, 35mm photo")
        .sampler(FluxControlnetRequest.Sampler.EULER)
        .scheduler(FluxControlnetRequest.Scheduler.SIMPLE)
        .cnType(FluxControlnetRequest.CnType.POSE)
        .seed(652889)
        .steps(20)
        .build();
    long start = System.nanoTime();
    Job job = segmind.fluxControlnet().submit(request);
    System.out.println("v2 flux-controlnet: request id " + job.requestId() + ", queued in " + Timing.since(start));
    long waitStart = System.nanoTime();
    InferenceResult result = job.await(Duration.ofMinutes(10));
    System.out.println("  " + result.status().value() + " after " + Timing.since(waitStart) + " of waiting;"
        + " inference time " + result.inferenceTime().map(Timing::of).orElse("not sent")
        + "; cost: " + credits(result.metrics().cost()));
    if (result.media().isEmpty()) {
      download(result.output().asText());
    } else {
      MediaFile media = result.media().get(0);
      Path file = outputDir.resolve("flux-controlnet" + Extensions.of(media.contentType().orElse("")));
      System.out.println("  " + media.url() + ": " + media.downloadTo(file) + " bytes downloaded to " + file);
    }
  }

  private static String credits(Optional<BigDecimal> credits) {
    return credits.map(BigDecimal::toPlainString).orElse("not sent");
  }

  /** An output URL without media details; it needs no API key. */
  private void download(String output) throws IOException {
    try (Response response = http.newCall(new Request.Builder().url(output).build()).execute()) {
      if (!response.isSuccessful()) {
        System.out.println("  output " + output + " (its download answered HTTP " + response.code() + ")");
        return;
      }
      Path file = outputDir.resolve("flux-controlnet" + Extensions.of(response.header("Content-Type", "")));
      Files.write(file, response.body().bytes());
      System.out.println("  output " + output + " downloaded to " + file);
    }
  }
}
