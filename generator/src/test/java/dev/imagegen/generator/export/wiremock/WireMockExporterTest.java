package dev.imagegen.generator.export.wiremock;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.RealSpecs;
import dev.imagegen.generator.export.TestResources;
import dev.imagegen.generator.load.SpecLoader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Serves the export with a stock WireMock and drives it with a plain HTTP client, as a user's client would. */
class WireMockExporterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final String SEGMIND_KEY = "x-api-key";
  private static final String FLUX_SCHNELL = "{\"prompt\": \"a tiger\", \"steps\": 4, \"width\": 1024}";
  private static final String FLUX_CONTROLNET = """
      {"image": "https://example.com/pose.png", "prompt": "a dancer", "sampler": "euler",
       "scheduler": "simple", "seed": 652889, "steps": 20}""";

  @TempDir static Path exportDir;
  private static WireMockServer server;
  private static String base;

  @BeforeAll
  static void exportAndServe() throws Exception {
    WireMockExporter.write(WireMockExporter.files(RealSpecs.load()), exportDir);
    server = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(exportDir.toString()));
    server.start();
    base = "http://localhost:" + server.port();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  @BeforeEach
  void resetJobs() {
    server.resetScenarios();
  }

  @Test
  void validSyncRequestGetsTheImageAndEveryDeclaredHeader() throws Exception {
    HttpResponse<byte[]> response = post("/v1/flux-schnell", SEGMIND_KEY, "k", FLUX_SCHNELL);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(response.headers().firstValue("x-request-id")).hasValue("sync-flux-schnell-0001");
    assertThat(response.headers().firstValue("x-cost")).hasValue("0.05");
    assertThat(response.headers().firstValue("x-remaining-credits")).hasValue("1000");
    assertThat(response.headers().firstValue("x-generation-time")).hasValue("1.5");
    assertThat(response.headers().firstValue("x-seed-value")).hasValue("42");
    assertThat(response.body()).isEqualTo(Files.readAllBytes(exportDir.resolve("__files/segmind-flux-schnell.jpg")));
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
    assertThat(image.getWidth()).isEqualTo(1);
  }

  @Test
  void bodyBreakingAConstraintGets400WithTheProvidersMeaning() throws Exception {
    for (String body : List.of(
        "{\"prompt\": \"a\", \"steps\": 9}",
        "{\"prompt\": \"a\", \"width\": 1020}",
        "{\"prompt\": \"a\", \"colour\": \"red\"}",
        "{\"steps\": 4}")) {
      HttpResponse<byte[]> response = post("/v1/flux-schnell", SEGMIND_KEY, "k", body);

      assertThat(response.statusCode()).as(body).isEqualTo(400);
      assertThat(json(response).get("error").asText()).isEqualTo("Bad Request: invalid parameters or request format");
    }
  }

  @Test
  void callWithoutTheKeyGets401() throws Exception {
    HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(base + "/v1/flux-schnell"))
        .POST(HttpRequest.BodyPublishers.ofString(FLUX_SCHNELL)));

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(json(response).get("error").asText())
        .isEqualTo("Unauthorized: no key arrived (often a redirect that dropped the headers), or the key is invalid or expired");
  }

  @Test
  void v2JobIsQueuedThenProcessingThenCompletedAndItsResultPointsAtAnImage() throws Exception {
    JsonNode submitted = json(post("/v2/flux-controlnet", SEGMIND_KEY, "k", FLUX_CONTROLNET));
    assertThat(submitted.get("request_id").asText()).isEqualTo("req-flux-controlnet-0001");
    assertThat(submitted.get("status").asText()).isEqualTo("QUEUED");
    String statusUrl = submitted.get("status_url").asText();
    assertThat(statusUrl).isEqualTo(base + "/v2/requests/req-flux-controlnet-0001/status");
    assertThat(submitted.get("poll_url").asText()).isEqualTo(statusUrl);

    List<String> statuses = new ArrayList<>();
    for (int poll = 0; poll < 4; poll++) {
      statuses.add(json(get(statusUrl, SEGMIND_KEY, "k")).get("status").asText());
    }
    assertThat(statuses).containsExactly("QUEUED", "PROCESSING", "COMPLETED", "COMPLETED");

    HttpResponse<byte[]> result = get(submitted.get("response_url").asText(), SEGMIND_KEY, "k");
    assertThat(result.statusCode()).isEqualTo(200);
    JsonNode body = json(result);
    assertThat(body.get("status").asText()).isEqualTo("COMPLETED");
    assertThat(body.at("/metrics/inference_time").asDouble()).isEqualTo(1.5);
    assertThat(body.at("/metrics/total_time").asDouble()).isEqualTo(1.75);
    assertThat(body.at("/metrics/cost").asDouble()).isEqualTo(0.05);
    assertThat(body.get("seed").asLong()).isEqualTo(42);
    assertThat(body.at("/images/0/url").asText()).isEqualTo(body.get("output").asText());
    assertThat(body.at("/images/0/content_type").asText()).isEqualTo("image/jpeg");
    assertThat(body.at("/images/0/file_name").asText()).isEqualTo("segmind-flux-controlnet.jpg");
    assertThat(body.at("/images/0/file_size").asLong())
        .isEqualTo(Files.size(exportDir.resolve("__files/segmind-flux-controlnet.jpg")));
    HttpResponse<byte[]> output = get(body.get("output").asText(), "Accept", "*/*");
    assertThat(output.headers().firstValue("Content-Type")).hasValue("image/jpeg");
    assertThat(output.body()).isEqualTo(Files.readAllBytes(exportDir.resolve("__files/segmind-flux-controlnet.jpg")));
  }

  @Test
  void aNewSubmitStartsTheJobAgain() throws Exception {
    post("/v2/flux-schnell", SEGMIND_KEY, "k", FLUX_SCHNELL);
    String statusUrl = base + "/v2/requests/req-flux-schnell-0001/status";
    get(statusUrl, SEGMIND_KEY, "k");
    assertThat(json(get(statusUrl, SEGMIND_KEY, "k")).get("status").asText()).isEqualTo("PROCESSING");

    post("/v2/flux-schnell", SEGMIND_KEY, "k", FLUX_SCHNELL);

    assertThat(json(get(statusUrl, SEGMIND_KEY, "k")).get("status").asText()).isEqualTo("QUEUED");
  }

  @Test
  void invalidSubmitGets400AndAnUnknownRequestId404() throws Exception {
    assertThat(post("/v2/flux-controlnet", SEGMIND_KEY, "k", "{\"prompt\": \"no image\"}").statusCode()).isEqualTo(400);

    HttpResponse<byte[]> unknown = get(base + "/v2/requests/req-nobody-0001", SEGMIND_KEY, "k");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(json(unknown).get("error").asText())
        .isEqualTo("Not Found: unknown model or endpoint, or an unknown or expired request id");
  }

  @Test
  void qolabaPathServesEachModelByItsAppId() throws Exception {
    String depth = "{\"app_id\": \"ap-WrXnJBXy23XpPh6IlH5tRX\", \"image\": \"https://example.com/room.png\","
        + " \"prompt\": \"a cosy room\", \"batch\": 2}";

    HttpResponse<byte[]> response = post("/getImagetoImage", "Authorization", "Bearer t", depth);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("output").get(0).asText()).isEqualTo(base + "/outputs/qolaba/sdxl-controlnet-depth.png");

    HttpResponse<byte[]> queued = post("/getImagetoImage", "Authorization", "Bearer t",
        depth.replace("\"batch\": 2", "\"celery\": true"));
    assertThat(json(queued).get("task_id").asText()).isEqualTo("task-sdxl-controlnet-depth-0001");

    assertThat(post("/getImagetoImage", "Authorization", "Bearer t", depth.replace("WrXnJBXy23XpPh6IlH5tRX", "unknown"))
        .statusCode()).isEqualTo(400);
    assertThat(post("/getImagetoImage", "Authorization", "Bearer t", depth.replace("https://", "data:"))
        .statusCode()).isEqualTo(400);
    assertThat(post("/getImagetoImage", "Authorization", "Bearer t", depth.replace("\"batch\": 2", "\"batch\": 9"))
        .statusCode()).isEqualTo(400);
  }

  @Test
  void exportHasStableNamesAndBytes() throws Exception {
    SortedMap<String, byte[]> first = WireMockExporter.files(RealSpecs.load());
    SortedMap<String, byte[]> second = WireMockExporter.files(RealSpecs.load());

    assertThat(second.keySet()).containsExactlyElementsOf(first.keySet());
    first.forEach((name, bytes) -> assertThat(Arrays.equals(bytes, second.get(name))).as(name).isTrue());
    assertThat(first.keySet()).filteredOn(name -> name.startsWith("mappings/segmind-flux-schnell")).containsExactly(
        "mappings/segmind-flux-schnell-async-result.json",
        "mappings/segmind-flux-schnell-async-status-1-queued.json",
        "mappings/segmind-flux-schnell-async-status-2-processing.json",
        "mappings/segmind-flux-schnell-async-status-3-completed.json",
        "mappings/segmind-flux-schnell-async-submit.json",
        "mappings/segmind-flux-schnell-output.json",
        "mappings/segmind-flux-schnell-sync.json");
    // One sample image per model, named after it, whatever models the specs hold.
    List<String> images = first.keySet().stream().filter(name -> name.startsWith("__files/")).toList();
    List<String> models = RealSpecs.load().models().map(model -> model.providerId() + "-" + model.id()).toList();
    assertThat(images).hasSameSizeAs(models);
    models.forEach(model -> assertThat(images).as(model).filteredOn(name -> name.startsWith("__files/" + model + "."))
        .singleElement().satisfies(name -> assertThat(name).matches(".*\\.(jpg|png|webp)")));
    assertThat(new String(first.get("mappings/segmind-flux-schnell-async-status-2-processing.json"))).isEqualTo("""
        {
          "name": "segmind-flux-schnell: v2 status poll 2 answers PROCESSING",
          "priority": 2,
          "scenarioName": "segmind req-flux-schnell-0001",
          "requiredScenarioState": "PROCESSING",
          "newScenarioState": "COMPLETED",
          "request": {
            "method": "GET",
            "urlPath": "/v2/requests/req-flux-schnell-0001/status",
            "headers": {
              "x-api-key": {
                "matches": ".+"
              }
            }
          },
          "response": {
            "status": 200,
            "headers": {
              "Content-Type": "application/json"
            },
            "jsonBody": {
              "status": "PROCESSING"
            }
          }
        }
        """);
  }

  @Test
  void fixedFieldsSelectTheModelWhateverTheirNamesAndNumberForms(@TempDir Path dir) throws Exception {
    WireMockExporter.write(WireMockExporter.files(SpecLoader.load(TestResources.folder("export/fixed-fields"))), dir);
    WireMockServer delta = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(dir.toString()));
    delta.start();
    try {
      String url = "http://localhost:" + delta.port() + "/run";
      String painter = "{\"model.id\": \"painter\", \"scale\": 1e-7, \"prompt\": \"a boat\"}";

      HttpResponse<byte[]> response = send(HttpRequest.newBuilder(URI.create(url)).header("x-api-key", "k")
          .POST(HttpRequest.BodyPublishers.ofString(painter)));
      HttpResponse<byte[]> otherScale = send(HttpRequest.newBuilder(URI.create(url)).header("x-api-key", "k")
          .POST(HttpRequest.BodyPublishers.ofString(painter.replace("1e-7", "2e-7"))));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response).get("output").get(0).asText())
          .isEqualTo("http://localhost:" + delta.port() + "/outputs/delta/painter.png");
      assertThat(otherScale.statusCode()).isEqualTo(400);
    } finally {
      delta.stop();
    }
  }

  @Test
  void refusesAModelWhoseContentTypesCannotBeSampled() throws Exception {
    var specs = SpecLoader.load(TestResources.folder("export/unsampled"));

    assertThatThrownBy(() -> WireMockExporter.files(specs))
        .isInstanceOf(ExportException.class)
        .hasMessage("WireMock export: gamma/vectoriser: cannot make a sample response of any of its content types"
            + " [image/svg+xml]; the export can answer with application/json or an image type that javax.imageio"
            + " writes, such as image/png or image/jpeg");
  }

  private static HttpResponse<byte[]> post(String path, String header, String value, String body) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(base + path))
        .header(header, value)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private static HttpResponse<byte[]> get(String url, String header, String value) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(url)).header(header, value).GET());
  }

  private static HttpResponse<byte[]> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode json(HttpResponse<byte[]> response) throws Exception {
    return JSON.readTree(response.body());
  }
}
