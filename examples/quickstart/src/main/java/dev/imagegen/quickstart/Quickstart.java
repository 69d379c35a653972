package dev.imagegen.quickstart;

import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.ImageInput;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.Job;
import dev.imagegen.client.MediaFile;
import dev.imagegen.client.error.ImageGenException;
import dev.imagegen.client.error.UnauthorizedException;
import dev.imagegen.client.qolaba.QolabaCatalog;
import dev.imagegen.client.qolaba.QolabaClient;
import dev.imagegen.client.segmind.FluxControlnetRequest;
import dev.imagegen.client.segmind.FluxSchnellRequest;
import dev.imagegen.client.segmind.SegmindCatalog;
import dev.imagegen.client.segmind.SegmindClient;
import dev.imagegen.client.validation.ModelRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.lang.reflect.Modifier;
import java.net.JarURLConnection;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Runs a v1 {@code flux-schnell} generation and a v2 {@code flux-controlnet} job with the generated
 * Segmind client, and prints what was generated and what each call did. Without {@code SEGMIND_API_KEY}
 * it calls an embedded WireMock mock serving the stubs the generator exported, whose images are 1x1
 * placeholders; with it, Segmind itself, for real credits.
 *
 * <pre>
 * mvn -f examples/quickstart/pom.xml verify exec:java
 * java -cp ... dev.imagegen.quickstart.Quickstart STUBS_DIR OUTPUT_DIR
 * </pre>
 */
public final class Quickstart {

  /** The input image of the flux-controlnet example in Segmind's API documentation. */
  private static final String POSE_IMAGE = "https://segmind-sd-models.s3.amazonaws.com/display_images/model_1.png";

  /** The mock serves both models here the same image: a 633-byte baseline JPEG of 1x1 pixels. */
  private static final String MOCK_IMAGE_NOTE = " (a 1x1 placeholder from the mock)";

  private Quickstart() {}

  /**
   * Writes the images into {@code OUTPUT_DIR}. Exits with status 1 and a one-line message on stderr when
   * a call or a file fails, and with status 2 when the arguments are not {@code STUBS_DIR OUTPUT_DIR}.
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      exit(2, "usage: Quickstart STUBS_DIR OUTPUT_DIR");
      return;
    }
    Path stubs = Path.of(args[0]);
    Path outputDir = Path.of(args[1]);
    String apiKey = System.getenv("SEGMIND_API_KEY");
    boolean mocked = apiKey == null || apiKey.isBlank();
    // One HTTP client, shut down at the end, so that no idle OkHttp thread keeps the JVM (or exec:java) waiting.
    OkHttpClient http = new OkHttpClient();
    // With a key there is no mock: try-with-resources skips a null resource.
    try (EmbeddedMock mock = mocked ? EmbeddedMock.start(stubs) : null) {
      SegmindClient segmind = mocked
          // The mock wants an x-api-key header, whatever its value.
          ? SegmindClient.builder().httpClient(http).apiKey("quickstart-mock-key").baseUrl(mock.baseUrl()).build()
          : SegmindClient.builder().httpClient(http).fromEnv().build();
      String baseUrl = segmind.options().baseUrl();
      System.out.println(mocked
          ? "No SEGMIND_API_KEY: calling an embedded WireMock mock at " + baseUrl
              + ", serving the stubs the generator exported to " + stubs
          : "SEGMIND_API_KEY is set: calling " + baseUrl + ", which spends credits.");
      System.out.println();
      printGeneratedClient();
      System.out.println();
      Files.createDirectories(outputDir);
      String imageNote = mocked ? MOCK_IMAGE_NOTE : "";
      generateSync(segmind, outputDir, imageNote);
      System.out.println();
      submitJob(segmind, http, outputDir, imageNote);
    } catch (UnauthorizedException e) {
      exit(1, "quickstart failed: " + e.getMessage() + " (is SEGMIND_API_KEY right?)");
    } catch (ImageGenException e) {
      exit(1, "quickstart failed: " + e.getMessage());
    } catch (IOException e) {
      // A folder or file of ours, or the mock's stubs; the JDK's message of a file-system failure is the bare path.
      exit(1, "quickstart failed: " + (e instanceof FileSystemException && ((FileSystemException) e).getReason() == null
          ? e.getMessage() + ": " + e.getClass().getSimpleName() : e.getMessage()));
    } catch (UncheckedIOException e) {
      // From writeTo and downloadTo: an image file that cannot be written.
      exit(1, "quickstart failed: " + e.getMessage());
    } catch (IllegalArgumentException | IllegalStateException e) {
      // From fromEnv(): settings that make no client, such as a SEGMIND_BASE_URL that is not a URL.
      exit(1, "quickstart failed: " + e.getMessage());
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  /**
   * What the generator made from the specs, as this project sees it on its classpath: the client jar,
   * and per provider its models (from the generated catalog) and its public classes (from the jar).
   */
  private static void printGeneratedClient() throws IOException {
    // From a class file's URL, which works under exec:java as on a plain classpath; the JarFile is the connection's cached
    // one, so it stays open.
    JarFile jar = ((JarURLConnection) SegmindClient.class.getResource("SegmindClient.class").openConnection())
        .getJarFile();
    System.out.println("Generated client: " + jar.getName());
    printProvider(jar, "segmind", SegmindClient.class, SegmindCatalog.all());
    printProvider(jar, "qolaba", QolabaClient.class, QolabaCatalog.all());
  }

  private static void printProvider(JarFile jar, String id, Class<?> client, List<ModelRules> models) {
    String prefix = client.getPackageName().replace('.', '/') + '/';
    List<String> classes = jar.stream()
        .map(JarEntry::getName)
        .filter(name -> name.startsWith(prefix) && name.endsWith(".class") && !name.contains("$")
            && name.indexOf('/', prefix.length()) < 0)
        .map(name -> name.substring(prefix.length(), name.length() - ".class".length()))
        .filter(simpleName -> isPublic(client.getPackageName() + "." + simpleName))
        .sorted()
        .collect(Collectors.toList());
    System.out.println("  " + id + ": " + models.size() + " models ("
        + models.stream().map(ModelRules::modelId).collect(Collectors.joining(", ")) + ")");
    System.out.println("    " + classes.size() + " public classes in " + client.getPackageName() + ": "
        + String.join(", ", classes));
  }

  /** True when the class {@code name} is public; the generated Retrofit interfaces are not. */
  private static boolean isPublic(String name) {
    try {
      return Modifier.isPublic(Class.forName(name, false, Quickstart.class.getClassLoader()).getModifiers());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(name + " is in the jar but cannot be loaded", e);
    }
  }

  /** v1: one POST, and the image is the answer. */
  private static void generateSync(SegmindClient segmind, Path outputDir, String imageNote) {
    FluxSchnellRequest request = FluxSchnellRequest.builder()
        .prompt("a bengal tiger in an astronaut suit on mars")
        .steps(4).width(1024).height(1024)
        .build();
    long start = System.nanoTime();
    GeneratedImage image = segmind.fluxSchnell().generate(request);
    Path file = imageFile(outputDir, "flux-schnell", image.contentType());
    long bytes = image.writeTo(file);
    System.out.println("v1 flux-schnell: " + image.contentType() + ", " + bytes + " bytes written to " + file
        + imageNote + " in " + since(start));
    System.out.println("  cost: " + credits(image.cost()) + ", remaining credits: " + credits(image.remainingCredits())
        + ", seed: " + (image.seed().isPresent() ? image.seed().getAsLong() : "not sent"));
  }

  /** v2: a request id at once, then polling until the job completes, then the result and its output. */
  private static void submitJob(SegmindClient segmind, OkHttpClient http, Path outputDir, String imageNote)
      throws IOException {
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
    System.out.println("v2 flux-controlnet: request id " + job.requestId() + ", queued in " + since(start));
    long waitStart = System.nanoTime();
    InferenceResult result = job.await(Duration.ofMinutes(10));
    System.out.println("  " + result.status().value() + " after " + since(waitStart) + " of waiting;"
        + " inference time " + result.inferenceTime().map(Quickstart::readable).orElse("not sent")
        + "; cost: " + credits(result.metrics().cost()));
    if (result.media().isEmpty()) {
      downloadOutput(http, result.output().asText(), outputDir, imageNote);
      return;
    }
    MediaFile media = result.media().get(0);
    Path file = imageFile(outputDir, "flux-controlnet", media.contentType().orElse(""));
    System.out.println("  " + media.url() + ": " + media.downloadTo(file) + " bytes downloaded to " + file
        + imageNote);
  }

  /** An output URL without media details: a plain GET, as it needs no API key. */
  private static void downloadOutput(OkHttpClient http, String output, Path outputDir, String imageNote)
      throws IOException {
    try (Response response = http.newCall(new Request.Builder().url(output).build()).execute()) {
      if (!response.isSuccessful()) {
        System.out.println("  output " + output + " (its download answered HTTP " + response.code() + ")");
        return;
      }
      Path file = imageFile(outputDir, "flux-controlnet", response.header("Content-Type", ""));
      Files.write(file, response.body().bytes());
      System.out.println("  output " + output + " downloaded to " + file + imageNote);
    }
  }

  /** {@code model.jpg}, {@code .png} or {@code .webp} after the content type; {@code .bin} for anything else. */
  private static Path imageFile(Path outputDir, String model, String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    String extension = type.startsWith("image/jpeg") ? ".jpg"
        : type.startsWith("image/png") ? ".png"
        : type.startsWith("image/webp") ? ".webp"
        : ".bin";
    return outputDir.resolve(model + extension);
  }

  private static String credits(Optional<BigDecimal> credits) {
    return credits.map(BigDecimal::toPlainString).orElse("not sent");
  }

  /** The time since {@code startNanos}, a {@link System#nanoTime()} reading, as {@link #readable}. */
  private static String since(long startNanos) {
    return readable(Duration.ofNanos(System.nanoTime() - startNanos));
  }

  /** Durations as people read them: {@code 35 ms}, {@code 2.5 s}. */
  private static String readable(Duration duration) {
    long millis = duration.toMillis();
    return millis < 1000 ? millis + " ms" : String.format("%.1f s", millis / 1000.0);
  }

  /** Prints {@code line} on stderr and ends the JVM, and with it a Maven build running exec:java, with {@code status}. */
  private static void exit(int status, String line) {
    System.err.println(line);
    System.exit(status);
  }
}
