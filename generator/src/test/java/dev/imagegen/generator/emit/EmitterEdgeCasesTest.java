package dev.imagegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.ParameterType;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SpecSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** Spec shapes the fixtures do not show, made by changing a fixture model or provider. */
class EmitterEdgeCasesTest {

  @Test
  void parametersNamedLikeGeneratedMembersGetATrailingUnderscore() throws Exception {
    ModelSpec model = fixtureModel("tiny-diffusion");
    ParameterSpec text = model.parameter("prompt").orElseThrow();
    ParameterSpec enumeration = model.parameter("class").orElseThrow();
    RequestLayout layout = RequestLayout.of(withParameters(model,
        renamed(text, "rules"), renamed(text, "to_builder"), renamed(text, "wire"),
        renamed(enumeration, "builder"), renamed(enumeration, "tiny_diffusion_request")));

    assertThat(layout.members()).extracting(RequestLayout.Member::name)
        .containsExactly("rules_", "toBuilder_", "wire", "builder_", "tinyDiffusionRequest");
    assertThat(layout.members()).extracting(member -> member.enumType().map(Object::toString).orElse("-"))
        .containsExactly("-", "-", "-",
            "dev.imagegen.client.acmelabs.TinyDiffusionRequest.Builder_",
            "dev.imagegen.client.acmelabs.TinyDiffusionRequest.TinyDiffusionRequest_");
  }

  @Test
  void aClearMethodGivesWayToAParameterOfItsName() throws Exception {
    ModelSpec model = fixtureModel("tiny-diffusion");
    ParameterSpec width = model.parameter("width").orElseThrow();
    ParameterSpec prompt = model.parameter("prompt").orElseThrow();
    RequestLayout layout = RequestLayout.of(withParameters(model, prompt, width, renamed(width, "clear_width")));

    assertThat(layout.members()).extracting(member -> member.name() + " " + member.clearName().orElse("-"))
        .containsExactly("prompt -", "width clearWidth_", "clearWidth clearClearWidth");
  }

  @Test
  void usageExampleGivesEachRequiredNumberTheSmallestValueItAllows() throws Exception {
    ModelSpec model = fixtureModel("tiny-diffusion");
    RequestLayout layout = RequestLayout.of(withParameters(model,
        requiredNumber(model, "steps", ParameterType.INTEGER, "0.5", null),
        requiredNumber(model, "width", ParameterType.INTEGER, "1", "8"),
        requiredNumber(model, "seed", ParameterType.INTEGER, "3000000000", null),
        requiredNumber(model, "scale", ParameterType.NUMBER, "0.1", "0.25"),
        requiredNumber(model, "count", ParameterType.INTEGER, null, null)));

    assertThat(UsageExamples.request(layout)).isEqualTo("""
        TinyDiffusionRequest request = TinyDiffusionRequest.builder()
            .steps(1)
            .width(8)
            .seed(3000000000L)
            .scale(0.25)
            .count(1)
            .build();
        """);
  }

  @Test
  void modelsNamedLikeClientMethodsGetATrailingUnderscore() throws Exception {
    ProviderSpec provider = fixtureProvider("acme-labs");
    ModelSpec generate = renamed(provider.model("tiny-diffusion").orElseThrow(), "generate");
    ModelSpec fromEnv = renamed(provider.model("2x-upscale").orElseThrow(), "from-env");
    ModelSpec options = renamed(provider.model("2x-upscale").orElseThrow(), "options");
    ProviderLayout layout = ProviderLayout.of(withModels(provider, generate, fromEnv, options));

    assertThat(layout.accessor(generate)).isEqualTo("generate_");
    assertThat(layout.accessor(fromEnv)).isEqualTo("fromEnv_");
    assertThat(layout.accessor(options)).isEqualTo("options_");
  }

  @Test
  void aProviderMixingImageAndJsonModelsIsRefused() throws Exception {
    ProviderSpec provider = fixtureProvider("acme-labs");
    ModelSpec json = withContentTypes(provider.model("2x-upscale").orElseThrow(), List.of("application/json"));
    SpecSet mixed = new SpecSet(List.of(withModels(provider, json, provider.model("tiny-diffusion").orElseThrow())));

    assertThatThrownBy(() -> ClientEmitter.emit(mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("specs/acme-labs/provider.json: provider 'acme-labs' has models answering with images and"
            + " models answering with JSON; generate(modelId, params) needs one kind of answer");
  }

  @Test
  void aModelAnswersWithAnImageOnlyWhenEveryContentTypeIsAnImage() throws Exception {
    ModelSpec model = fixtureModel("2x-upscale");
    assertThat(ResponseKind.of(model)).isEqualTo(ResponseKind.IMAGE);
    assertThat(ResponseKind.of(withContentTypes(model, List.of("image/png", "application/json"))))
        .isEqualTo(ResponseKind.JSON);
  }

  @Test
  void pathsAreRelativeToTheBaseUrl() {
    assertThat(RetrofitPaths.forModel("/v1/{model}", "sd1.5-img2img")).isEqualTo("v1/sd1.5-img2img");
    assertThat(RetrofitPaths.forModel("/getImagetoImage", "sdxl-controlnet-canny")).isEqualTo("getImagetoImage");
    assertThat(RetrofitPaths.placeholder("/v2/requests/{request_id}/status")).isEqualTo("request_id");
  }

  @Test
  void aColonInTheFirstSegmentIsNoScheme() {
    HttpUrl base = HttpUrl.get("https://api.example.test/api/");

    assertThat(base.resolve(RetrofitPaths.forModel("/{model}:generate", "beta")))
        .hasToString("https://api.example.test/api/beta:generate");
    assertThat(base.resolve(RetrofitPaths.forModel("/v1/{model}:generate", "beta")))
        .hasToString("https://api.example.test/api/v1/beta:generate");
    assertThat(RetrofitPaths.forModel("/v1/{model}:generate", "beta")).isEqualTo("v1/beta:generate");
  }

  @Test
  void aStatusPathWithoutPlaceholderIsRefused() {
    assertThatThrownBy(() -> RetrofitPaths.placeholder("/v2/requests/status"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("path '/v2/requests/status' has no {placeholder} for the request id");
  }

  private static ProviderSpec fixtureProvider(String id) throws Exception {
    return TestSpecs.fixtures().providers().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  private static ModelSpec fixtureModel(String id) throws Exception {
    return TestSpecs.fixtures().models().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
  }

  private static ParameterSpec renamed(ParameterSpec p, String name) {
    return new ParameterSpec(name, p.type(), p.description(), p.required(), p.defaultValue(), p.minimum(), p.maximum(),
        p.multipleOf(), p.minLength(), p.maxLength(), p.enumValues(), p.imageForms(), p.note(), p.location());
  }

  /** A required {@code type} parameter with the given minimum and multipleOf, each optional. */
  private static ParameterSpec requiredNumber(ModelSpec m, String name, ParameterType type, String minimum, String step) {
    return new ParameterSpec(name, type, "A number.", true, Optional.empty(),
        Optional.ofNullable(minimum).map(BigDecimal::new), Optional.empty(), Optional.ofNullable(step).map(BigDecimal::new),
        OptionalInt.empty(), OptionalInt.empty(), List.of(), Set.of(), Optional.empty(),
        m.location().child("parameters").child(name));
  }

  private static ModelSpec renamed(ModelSpec m, String id) {
    return new ModelSpec(id, m.providerId(), m.title(), m.summary(), m.source(), m.flows(), m.fixedFields(),
        m.responseContentTypes(), m.parameters(), m.note(), m.location());
  }

  private static ModelSpec withParameters(ModelSpec m, ParameterSpec... parameters) {
    return new ModelSpec(m.id(), m.providerId(), m.title(), m.summary(), m.source(), m.flows(), m.fixedFields(),
        m.responseContentTypes(), List.of(parameters), m.note(), m.location());
  }

  private static ModelSpec withContentTypes(ModelSpec m, List<String> contentTypes) {
    return new ModelSpec(m.id(), m.providerId(), m.title(), m.summary(), m.source(), m.flows(), m.fixedFields(),
        contentTypes, m.parameters(), m.note(), m.location());
  }

  private static ProviderSpec withModels(ProviderSpec p, ModelSpec... models) {
    return new ProviderSpec(p.id(), p.title(), p.baseUrl(), p.baseUrlEnv(), p.auth(), p.sync(), p.async(),
        p.responseCodes(), p.responseHeaders(), p.rateLimit(), p.note(), List.of(models), p.location());
  }
}
