package dev.imagegen.generator.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.imagegen.generator.spec.ModelSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestBodySchemaTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void integerParameterKeepsEveryConstraint() throws Exception {
    ObjectNode schema = RequestBodySchema.of(RealSpecs.model("segmind", "flux-schnell"));

    assertThat(text(schema.at("/properties/width"))).isEqualTo(text("""
        {"type": "integer", "description": "Image width, between 512 and 2048 in multiples of 8.",
         "default": 1024, "minimum": 512, "maximum": 2048, "multipleOf": 8}"""));
    assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    assertThat(schema.get("required")).isEqualTo(JSON.readTree("[\"prompt\"]"));
    assertThat(schema.get("additionalProperties").asBoolean(true)).isFalse();
  }

  @Test
  void decimalsAndIntegerEnumsKeepTheirJsonTypes() throws Exception {
    ObjectNode schema = RequestBodySchema.of(RealSpecs.model("segmind", "sd1.5-img2img"));

    assertThat(text(schema.at("/properties/guidance_scale"))).isEqualTo(text("""
        {"type": "number", "description": "Scale for classifier-free guidance.",
         "default": 7.5, "minimum": 0.1, "maximum": 25}"""));
    assertThat(text(schema.at("/properties/img_width"))).isEqualTo(text("""
        {"type": "integer", "description": "Width of the output image; affects pricing.",
         "default": 512, "enum": [512, 768]}"""));
    assertThat(text(schema.at("/properties/image"))).isEqualTo(text("""
        {"type": "string", "description": "Input image."}"""));
  }

  @Test
  void fixedFieldsAreRequiredConstantsAndUrlOnlyImagesNeedAUrl() throws Exception {
    ObjectNode schema = RequestBodySchema.of(RealSpecs.model("qolaba", "sdxl-controlnet-depth"));

    assertThat(schema.at("/properties/app_id")).isEqualTo(JSON.readTree("{\"const\": \"ap-WrXnJBXy23XpPh6IlH5tRX\"}"));
    assertThat(schema.at("/properties/image/format").asText()).isEqualTo("uri");
    assertThat(schema.at("/properties/image/pattern").asText()).isEqualTo("^https?://");
    assertThat(schema.get("required")).isEqualTo(JSON.readTree("[\"app_id\", \"image\", \"prompt\"]"));
  }

  @Test
  void acceptsAValidBodyAndRefusesEachBrokenConstraint() throws Exception {
    ModelSpec model = RealSpecs.model("segmind", "flux-schnell");
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(RequestBodySchema.of(model));

    assertThat(errors(schema, "{\"prompt\": \"a tiger\", \"steps\": 8, \"width\": 2048, \"denoise\": 0.5}")).isEmpty();
    assertThat(errors(schema, "{\"steps\": 4}")).containsExactly("$: required property 'prompt' not found");
    assertThat(errors(schema, "{\"prompt\": \"a\", \"steps\": 9}")).containsExactly("$.steps: must have a maximum value of 8");
    assertThat(errors(schema, "{\"prompt\": \"a\", \"width\": 1020}")).containsExactly("$.width: must be multiple of 8");
    assertThat(errors(schema, "{\"prompt\": \"a\", \"scheduler\": \"linear\"}"))
        .containsExactly("$.scheduler: does not have a value in the enumeration "
            + "[\"normal\", \"karras\", \"exponential\", \"sgm_uniform\", \"simple\", \"ddim_uniform\", \"beta\"]");
    assertThat(errors(schema, "{\"prompt\": \"a\", \"steps\": \"4\"}"))
        .containsExactly("$.steps: string found, integer expected");
    assertThat(errors(schema, "{\"prompt\": \"a\", \"seed\": null}")).containsExactly("$.seed: null found, integer expected");
    assertThat(errors(schema, "{\"prompt\": \"a\", \"colour\": \"red\"}"))
        .containsExactly("$: property 'colour' is not defined in the schema and the schema does not allow additional properties");
  }

  /** Compact JSON text: compares numbers as written ({@code 512} is not {@code 512.0}), not as Java types. */
  private static String text(JsonNode node) {
    return node.toString();
  }

  private static String text(String json) throws Exception {
    return JSON.readTree(json).toString();
  }

  private static List<String> errors(JsonSchema schema, String body) throws Exception {
    JsonNode json = JSON.readTree(body);
    return schema.validate(json).stream().map(ValidationMessage::getMessage).sorted().toList();
  }
}
