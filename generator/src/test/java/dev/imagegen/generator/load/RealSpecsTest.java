package dev.imagegen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.generator.spec.AuthSpec;
import dev.imagegen.generator.spec.CelerySpec;
import dev.imagegen.generator.spec.Flow;
import dev.imagegen.generator.spec.ImageForm;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.ResponseHeader;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.SpecLocation;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.spec.StatusOutcome;
import java.math.BigDecimal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The loader accepts every real spec, and what it reads matches the seeds. */
class RealSpecsTest {

  private static SpecSet specs;

  @BeforeAll
  static void loadRealSpecs() throws SpecException {
    specs = SpecLoader.load(Path.of(System.getProperty("imagegen.specs")));
  }

  @Test
  void providersComeByIdAndModelsByFileName() throws IOException {
    assertThat(specs.providers()).extracting(ProviderSpec::id).isSorted().contains("qolaba", "segmind");
    for (ProviderSpec provider : specs.providers()) {
      assertThat(provider.models()).extracting(ModelSpec::id).as(provider.id())
          .containsExactlyElementsOf(modelFileNames(provider.id()));
    }
  }

  /**
   * One row per fact: the model, the parameter, and the parameter in short form (type, required,
   * range, multipleOf, default, number of enum values), as the seeds and DESIGN.md's decisions give it.
   */
  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      flux-schnell          | prompt              | string required
      flux-schnell          | width               | integer 512..2048 multipleOf 8 default 1024
      flux-schnell          | height              | integer 512..2048 multipleOf 8 default 1024
      flux-schnell          | steps               | integer 1..8 default 4
      flux-schnell          | sampler_name        | enum of 27 default "euler"
      flux-schnell          | scheduler           | enum of 7 default "normal"
      flux-schnell          | denoise             | number 0..1 default 1
      flux-controlnet       | sampler             | enum of 27 required
      flux-controlnet       | scheduler           | enum of 7 required
      flux-controlnet       | seed                | integer required
      flux-controlnet       | steps               | integer 15..75 default 20
      flux-controlnet       | cn_strength         | number 0..2 default 0.45
      flux-controlnet       | cn_type             | enum of 4 default "pose"
      flux-controlnet       | base64              | boolean default false
      flux-controlnet       | image               | image required
      sd1.5-img2img         | scheduler           | enum of 11 default "DDIM"
      sd1.5-img2img         | img_width           | enum of 2 default 512
      sd1.5-img2img         | img_height          | enum of 2 default 512
      sd1.5-img2img         | seed                | integer -1.. default -1
      sd1.5-img2img         | guidance_scale      | number 0.1..25 default 7.5
      sd1.5-img2img         | num_inference_steps | integer 20..100 default 20
      sdxl-controlnet-canny | guidance_scale      | number 1..30
      sdxl-controlnet-canny | batch               | integer 1..8
      sdxl-controlnet-canny | strength            | number 0..1
      sdxl-controlnet-canny | num_inference_steps | integer 1..50
      sdxl-controlnet-canny | inference_type      | enum of 3
      sdxl-controlnet-depth | batch               | integer 1..8
      sdxl-controlnet-pose  | batch               | integer 1..8
      """)
  void parameterMatchesTheSeeds(String modelId, String parameterName, String expected) {
    assertThat(shortForm(parameter(modelId, parameterName))).isEqualTo(expected);
  }

  @Test
  void enumValuesKeepTheirSpellingAndType() {
    assertThat(parameter("sd1.5-img2img", "scheduler").enumValues()).containsExactly(
        "DDIM", "DPM Multi", "DPM Single", "Euler a", "Euler", "Heun", "DPM2 a Karras", "DPM2 Karras", "LMS", "PNDM", "DDPM");
    assertThat(parameter("sd1.5-img2img", "img_width").enumValues()).containsExactly(512L, 768L);
    assertThat(parameter("sd1.5-img2img", "img_width").isIntegerEnum()).isTrue();
    assertThat(parameter("flux-controlnet", "sampler").enumValues())
        .startsWith("euler", "euler_cfg_pp", "euler_ancestral", "euler_ancestral_cfg_pp")
        .endsWith("deis", "ddim", "uni_pc", "uni_pc_bh2");
  }

  @Test
  void numbersAreLongWithoutAFractionAndExactDecimalsWithOne() {
    assertThat(parameter("flux-controlnet", "cn_strength").defaultValue()).contains(new BigDecimal("0.45"));
    assertThat(parameter("flux-schnell", "denoise").defaultValue()).contains(1L);
    assertThat(parameter("flux-schnell", "width").multipleOf()).contains(new BigDecimal("8"));
    assertThat(parameter("sd1.5-img2img", "guidance_scale").minimum()).contains(new BigDecimal("0.1"));
  }

  @Test
  void qolabaModelsCarryTheirAppIdAndUrlOnlyImages() {
    assertThat(model("sdxl-controlnet-canny").fixedFields()).isEqualTo(Map.of("app_id", "ap-1us0FK21Ach6eiWxo22is8"));
    assertThat(model("sdxl-controlnet-depth").fixedFields()).isEqualTo(Map.of("app_id", "ap-WrXnJBXy23XpPh6IlH5tRX"));
    assertThat(model("sdxl-controlnet-pose").fixedFields()).isEqualTo(Map.of("app_id", "ap-a1b2c3d4e5f6g7h8i9j0kq"));
    assertThat(parameter("sdxl-controlnet-canny", "image").imageForms()).containsExactly(ImageForm.URL);
    assertThat(model("sdxl-controlnet-canny").flows()).containsExactly(Flow.SYNC);
    assertThat(model("flux-schnell").flows()).containsExactlyInAnyOrder(Flow.SYNC, Flow.ASYNC);
  }

  @Test
  void segmindProviderReadsItsV2Protocol() {
    ProviderSpec segmind = provider("segmind");
    assertThat(segmind.auth()).isEqualTo(new AuthSpec("x-api-key", Optional.empty(), "SEGMIND_API_KEY"));
    assertThat(segmind.sync().path()).isEqualTo("/v1/{model}");
    assertThat(segmind.responseCodes()).containsKeys(401, 404, 405, 406, 410, 422, 429).hasSize(13);
    SegmindV2Spec v2 = (SegmindV2Spec) segmind.async().orElseThrow();
    assertThat(v2.statuses()).containsExactly(
        Map.entry("QUEUED", StatusOutcome.PENDING), Map.entry("PROCESSING", StatusOutcome.PENDING),
        Map.entry("COMPLETED", StatusOutcome.SUCCEEDED), Map.entry("FAILED", StatusOutcome.FAILED));
    assertThat(List.of(v2.retention(), v2.pollInterval(), v2.deadline()))
        .containsExactly(Duration.ofHours(1), Duration.ofSeconds(1), Duration.ofMinutes(10));
    assertThat(List.of(v2.failedHttpStatus(), v2.notFoundHttpStatus())).containsExactly(422, 404);
    assertThat(segmind.rateLimit().orElseThrow().resetAtHeader()).contains("x-rate-limit-reset-at-utc");
  }

  @Test
  void segmindDeclaresTheHeadersAndResultFieldsItsDocsName() {
    ProviderSpec segmind = provider("segmind");
    assertThat(segmind.responseHeaders().orElseThrow().names()).containsExactly(
        Map.entry(ResponseHeader.REQUEST_ID, "x-request-id"), Map.entry(ResponseHeader.COST, "x-cost"),
        Map.entry(ResponseHeader.REMAINING_CREDITS, "x-remaining-credits"),
        Map.entry(ResponseHeader.GENERATION_TIME, "x-generation-time"), Map.entry(ResponseHeader.SEED, "x-seed-value"));
    assertThat(segmind.responseHeader(ResponseHeader.REMAINING_CREDITS)).contains("x-remaining-credits");
    ResultFieldsSpec result = ((SegmindV2Spec) segmind.async().orElseThrow()).result().orElseThrow();
    assertThat(List.of(result.output(), result.seedField().orElseThrow(), result.metricsField().orElseThrow()))
        .containsExactly("output", "seed", "metrics");
    assertThat(result.mediaFields()).containsExactly("images", "video");
    assertThat(result.metrics()).containsExactly(
        Map.entry(ResultMetric.COST, "cost"), Map.entry(ResultMetric.REMAINING_CREDITS, "remaining_credits"),
        Map.entry(ResultMetric.INFERENCE_TIME, "inference_time"), Map.entry(ResultMetric.QUEUE_TIME, "queue_time"),
        Map.entry(ResultMetric.TOTAL_TIME, "total_time"), Map.entry(ResultMetric.RETRY_COUNT, "retry_count"));
    assertThat(List.of(segmind.responseHeaders().orElseThrow().note(), result.note()))
        .allSatisfy(note -> assertThat(note).hasValueSatisfying(text -> assertThat(text).contains("docs.segmind.com")));
  }

  @Test
  void qolabaProviderUsesABearerTokenAndCelery() {
    ProviderSpec qolaba = provider("qolaba");
    assertThat(qolaba.auth()).isEqualTo(new AuthSpec("Authorization", Optional.of("Bearer"), "QOLABA_API_KEY"));
    assertThat(qolaba.baseUrlEnv()).contains("QOLABA_BASE_URL");
    assertThat(qolaba.sync().path()).isEqualTo("/getImagetoImage");
    CelerySpec celery = (CelerySpec) qolaba.async().orElseThrow();
    assertThat(List.of(celery.flagParameter(), celery.taskIdField(), celery.statusPath()))
        .containsExactly("celery", "task_id", "/task_status/{task_id}");
  }

  @Test
  void everyElementKnowsItsFileAndPointer() {
    assertThat(provider("segmind").location()).isEqualTo(SpecLocation.ofFile("specs/segmind/provider.json"));
    assertThat(model("sd1.5-img2img").location()).isEqualTo(SpecLocation.ofFile("specs/segmind/sd1.5-img2img.json"));
    assertThat(parameter("flux-schnell", "width").location())
        .hasToString("specs/segmind/flux-schnell.json#/parameters/width");
  }

  /** The model files of a provider folder, sorted by file name as the loader reads them, without {@code .json}. */
  private static List<String> modelFileNames(String providerId) throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("imagegen.specs")).resolve(providerId))) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".json") && !name.equals("provider.json"))
          .sorted()
          .map(name -> name.substring(0, name.length() - ".json".length()))
          .toList();
    }
  }

  private static ProviderSpec provider(String id) {
    return specs.providers().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static ModelSpec model(String id) {
    return specs.models().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  private static ParameterSpec parameter(String modelId, String name) {
    return model(modelId).parameter(name).orElseThrow();
  }

  private static String shortForm(ParameterSpec p) {
    List<String> parts = new ArrayList<>();
    parts.add(p.type().specName() + (p.enumValues().isEmpty() ? "" : " of " + p.enumValues().size()));
    if (p.required()) {
      parts.add("required");
    }
    if (p.minimum().isPresent() || p.maximum().isPresent()) {
      parts.add(p.minimum().map(SpecValues::show).orElse("") + ".." + p.maximum().map(SpecValues::show).orElse(""));
    }
    p.multipleOf().ifPresent(m -> parts.add("multipleOf " + SpecValues.show(m)));
    p.defaultValue().ifPresent(d -> parts.add("default " + SpecValues.show(d)));
    return String.join(" ", parts);
  }
}
