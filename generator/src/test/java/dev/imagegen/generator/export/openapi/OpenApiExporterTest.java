package dev.imagegen.generator.export.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.JsonText;
import dev.imagegen.generator.export.RealSpecs;
import dev.imagegen.generator.export.TestResources;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.spec.Flow;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.SpecSet;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiExporterTest {

  private static String json;
  private static OpenAPI api;

  @BeforeAll
  static void exportAndParse() throws Exception {
    json = OpenApiExporter.render(RealSpecs.load(), "0.1.0");
    SwaggerParseResult result = parse(json);
    assertThat(result.getMessages()).as("messages of the OpenAPI parser").isEmpty();
    api = result.getOpenAPI();
  }

  @Test
  void isAnOpenApi303DocumentWithEveryPath() throws Exception {
    assertThat(api.getOpenapi()).isEqualTo("3.0.3");
    assertThat(api.getInfo().getVersion()).isEqualTo("0.1.0");
    assertThat(api.getPaths().keySet()).containsExactlyInAnyOrderElementsOf(expectedPaths(RealSpecs.load()));
    assertThat(api.getPaths().keySet()).contains("/getImagetoImage", "/v1/flux-schnell", "/v2/flux-schnell",
        "/v2/requests/{request_id}/status", "/v2/requests/{request_id}");
    assertThat(api.getPaths().get("/v1/flux-schnell").getServers().get(0).getUrl()).isEqualTo("https://api.segmind.com");
    assertThat(api.getPaths().get("/getImagetoImage").getServers().get(0).getDescription())
        .isEqualTo("Qolaba (default base URL; override it with the environment variable QOLABA_BASE_URL or the client builder)");
  }

  /** Per model its sync path and, on a v2 provider, its submit path; the status and result paths once. */
  private static Set<String> expectedPaths(SpecSet specs) {
    Set<String> paths = new HashSet<>();
    for (ProviderSpec provider : specs.providers()) {
      for (ModelSpec model : provider.models()) {
        if (model.supports(Flow.SYNC)) {
          paths.add(provider.sync().path().replace("{model}", model.id()));
        }
        if (model.supports(Flow.ASYNC) && provider.async().orElseThrow() instanceof SegmindV2Spec v2) {
          paths.addAll(List.of(v2.submitPath().replace("{model}", model.id()), v2.statusPath(), v2.resultPath()));
        }
      }
    }
    return paths;
  }

  @Test
  void everyConstraintSurvivesInTheRequestSchemas() {
    Schema<?> width = property("SegmindFluxSchnellRequest", "width");
    assertThat(width.getType()).isEqualTo("integer");
    assertThat(width.getMinimum()).isEqualByComparingTo(new BigDecimal(512));
    assertThat(width.getMaximum()).isEqualByComparingTo(new BigDecimal(2048));
    assertThat(width.getMultipleOf()).isEqualByComparingTo(new BigDecimal(8));
    assertThat(property("SegmindSd15Img2imgRequest", "guidance_scale").getMinimum()).isEqualByComparingTo("0.1");
    assertThat(enumOf("SegmindSd15Img2imgRequest", "img_width")).containsExactly(512, 768);
    assertThat(property("QolabaSdxlControlnetCannyRequest", "image").getPattern()).isEqualTo("^https?://");
    assertThat(enumOf("QolabaSdxlControlnetCannyRequest", "app_id")).containsExactly("ap-1us0FK21Ach6eiWxo22is8");
    Schema<?> flux = api.getComponents().getSchemas().get("SegmindFluxControlnetRequest");
    assertThat(flux.getRequired()).containsExactly("image", "prompt", "sampler", "scheduler", "seed");
    assertThat(flux.getAdditionalProperties()).isEqualTo(false);
  }

  @Test
  void eachProviderHasItsAuthScheme() {
    SecurityScheme segmind = api.getComponents().getSecuritySchemes().get("segmind");
    assertThat(segmind.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
    assertThat(segmind.getIn()).isEqualTo(SecurityScheme.In.HEADER);
    assertThat(segmind.getName()).isEqualTo("x-api-key");
    SecurityScheme qolaba = api.getComponents().getSecuritySchemes().get("qolaba");
    assertThat(qolaba.getType()).isEqualTo(SecurityScheme.Type.HTTP);
    assertThat(qolaba.getScheme()).isEqualTo("bearer");
    assertThat(post("/v1/flux-schnell").getSecurity().get(0)).containsOnlyKeys("segmind");
    assertThat(post("/getImagetoImage").getSecurity().get(0)).containsOnlyKeys("qolaba");
  }

  @Test
  void syncCallAnswersWithImagesTheDeclaredHeadersAndEveryProviderCode() {
    Map<String, ApiResponse> responses = post("/v1/flux-schnell").getResponses();
    assertThat(responses.keySet())
        .containsExactly("200", "400", "401", "403", "404", "405", "406", "410", "422", "429", "500", "502", "504");
    ApiResponse ok = responses.get("200");
    assertThat(ok.getContent().keySet()).containsExactly("image/jpeg", "image/png", "image/webp");
    assertThat(ok.getContent().get("image/png").getSchema().getFormat()).isEqualTo("binary");
    assertThat(ok.getHeaders()).containsOnlyKeys("x-request-id", "x-cost", "x-remaining-credits", "x-generation-time", "x-seed-value");
    assertThat(ok.getHeaders().values()).extracting(header -> header.getSchema().getType() + ": " + header.getDescription())
        .containsExactly(
            "string: The id the provider gave the request; name it when asking about the call.",
            "number: What the call cost, in credits.",
            "number: The account's remaining credits.",
            "number: The server's generation time, in seconds.",
            "integer: The seed the call used.");
    assertThat(responses.get("410").getDescription()).isEqualTo("Gone: the model is retired; the call is not billed");
    assertThat(responses.get("429").getHeaders()).containsOnlyKeys("Retry-After", "x-rate-limit-reset-at-utc");
  }

  @Test
  void qolabaModelsShareOnePathWithADiscriminatedBody() {
    Schema<?> body = post("/getImagetoImage").getRequestBody().getContent().get("application/json").getSchema();
    assertThat(body.getOneOf()).extracting(Schema::get$ref).containsExactly(
        "#/components/schemas/QolabaSdxlControlnetCannyRequest",
        "#/components/schemas/QolabaSdxlControlnetDepthRequest",
        "#/components/schemas/QolabaSdxlControlnetPoseRequest");
    assertThat(body.getDiscriminator().getPropertyName()).isEqualTo("app_id");
    assertThat(body.getDiscriminator().getMapping())
        .containsEntry("ap-WrXnJBXy23XpPh6IlH5tRX", "#/components/schemas/QolabaSdxlControlnetDepthRequest");
    assertThat(post("/getImagetoImage").getResponses().get("200").getContent().get("application/json")
        .getSchema().getProperties()).containsOnlyKeys("task_id");
  }

  @Test
  void onlyAFixedFieldWithStringValuesDiscriminatesASharedPath() throws Exception {
    SwaggerParseResult delta = parse(OpenApiExporter.render(SpecLoader.load(TestResources.folder("export/fixed-fields")), "1"));
    assertThat(delta.getMessages()).isEmpty();

    Schema<?> body = delta.getOpenAPI().getPaths().get("/run").getPost().getRequestBody().getContent()
        .get("application/json").getSchema();
    assertThat(body.getDiscriminator().getPropertyName()).isEqualTo("model.id");
    assertThat(body.getDiscriminator().getMapping()).containsOnlyKeys("inker", "painter");
  }

  @Test
  void v2FlowSubmitsPollsAndFetchesWithFailedAndExpiredAnswers() {
    Operation submit = post("/v2/flux-controlnet");
    assertThat(submit.getResponses().get("200").getContent().get("application/json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/SegmindJobSubmitted");
    assertThat(schema("SegmindJobSubmitted").getProperties())
        .containsOnlyKeys("request_id", "status", "status_url", "response_url", "poll_url");
    Operation status = api.getPaths().get("/v2/requests/{request_id}/status").getGet();
    assertThat(status.getParameters()).extracting(p -> p.getName() + " in " + p.getIn()).containsExactly("request_id in path");
    assertThat(status.getResponses().get("404").getDescription())
        .isEqualTo("Unknown or expired request id; results are kept for 3600 s.");
    assertThat(status.getResponses().get("422").getContent().get("application/json").getSchema().get$ref())
        .isEqualTo("#/components/schemas/SegmindJobResult");
    assertThat(enumOf("SegmindJobStatus", "status")).containsExactly("QUEUED", "PROCESSING", "COMPLETED", "FAILED");
    assertThat(schema("SegmindJobResult").getProperties())
        .containsOnlyKeys("status", "output", "seed", "images", "video", "metrics", "error");
    assertThat(schema("SegmindJobResult").getProperties().get("metrics").getProperties()).containsOnlyKeys("cost",
        "remaining_credits", "inference_time", "queue_time", "total_time", "retry_count");
  }

  @Test
  void everyModelsOperationsLinkItsDocumentation() throws Exception {
    SpecSet specs = RealSpecs.load();
    Set<String> linked = api.getPaths().values().stream()
        .flatMap(item -> item.readOperations().stream())
        .filter(operation -> operation.getRequestBody() != null)
        .map(operation -> operation.getExternalDocs() == null ? "none: " + operation.getOperationId()
            : operation.getExternalDocs().getUrl())
        .collect(Collectors.toSet());

    assertThat(linked).isEqualTo(specs.models().map(ModelSpec::source).collect(Collectors.toSet()));
  }

  @Test
  void theParserCheckCatchesAWrongKeyword() throws Exception {
    ObjectNode document = OpenApiExporter.document(RealSpecs.load(), "0.1.0");
    ((ObjectNode) document.at("/components/schemas/SegmindFluxSchnellRequest/properties/steps")).put("maximun", 8);

    assertThat(parse(JsonText.write(document)).getMessages()).containsExactly(
        "attribute components.schemas.SegmindFluxSchnellRequest.maximun is unexpected");
  }

  @Test
  void rendersTheSameBytesEveryTime() throws Exception {
    assertThat(OpenApiExporter.render(RealSpecs.load(), "0.1.0")).isEqualTo(json);
    assertThat(json).endsWith("}\n").doesNotContain("\r");
  }

  @Test
  void refusesTwoProvidersOnOnePath() throws Exception {
    var specs = SpecLoader.load(TestResources.folder("export/collision"));

    assertThatThrownBy(() -> OpenApiExporter.render(specs, "1"))
        .isInstanceOf(ExportException.class)
        .hasMessage("OpenAPI export: providers 'alpha' and 'beta' both serve path /generate/painter;"
            + " one OpenAPI document cannot describe both");
  }

  @Test
  void refusesTwoModelsWhoseNamesJoinToOneSchemaName() throws Exception {
    var specs = SpecLoader.load(TestResources.folder("export/schema-names"));

    assertThatThrownBy(() -> OpenApiExporter.render(specs, "1"))
        .isInstanceOf(ExportException.class)
        .hasMessage("OpenAPI export: models ab/c-d and ab-c/d both get the schema name AbCDRequest; rename one of them");
  }

  private static SwaggerParseResult parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(document, List.of(), options);
  }

  private static Operation post(String path) {
    return api.getPaths().get(path).getPost();
  }

  private static Schema<?> schema(String name) {
    return api.getComponents().getSchemas().get(name);
  }

  private static List<Object> enumOf(String schemaName, String property) {
    return List.copyOf(property(schemaName, property).getEnum());
  }

  private static Schema<?> property(String schemaName, String property) {
    return schema(schemaName).getProperties().get(property);
  }
}
