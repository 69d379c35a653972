package dev.imagegen.client.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imagegen.client.ImageInput;
import dev.imagegen.client.testing.TestImageWidth;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.TestRules;
import dev.imagegen.client.testing.TestSampler;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestValidatorTest {

  private static List<String> violations(Object... keysAndValues) {
    TestRequest request = TestRequest.of(TestRules.FLUX, keysAndValues);
    return RequestValidator.validate(request.rules(), request.toWireMap()).stream().map(Violation::toString).toList();
  }

  @Test
  void aValidRequestHasNoViolations() {
    assertThat(violations("prompt", "a tiger", "steps", 8L, "width", 2048L, "guidance", 0.5, "sampler", TestSampler.HEUN,
        "img_width", TestImageWidth.W_768, "base64", true, "image", ImageInput.fromUrl("https://example.com/a.png")))
        .isEmpty();
  }

  @Test
  void aMissingRequiredParameterIsReported() {
    assertThat(violations("steps", 4L)).containsExactly("/prompt: is required");
  }

  @Test
  void rangesAreInclusiveAndReportedWithPlainNumbers() {
    assertThat(violations("prompt", "p", "steps", 9L)).containsExactly("/steps: 9 is above maximum 8");
    assertThat(violations("prompt", "p", "steps", 0L)).containsExactly("/steps: 0 is below minimum 1");
    assertThat(violations("prompt", "p", "guidance", 30.5)).containsExactly("/guidance: 30.5 is above maximum 30");
  }

  @Test
  void aNumberBeyondADoublesRangeIsRefusedInAShortLine() {
    assertThat(violations("prompt", "p", "guidance", new BigDecimal("1e500")))
        .containsExactly("/guidance: expected a finite number, got 1E+500");
    assertThat(violations("prompt", "p", "guidance", new BigDecimal("-1e309")))
        .containsExactly("/guidance: expected a finite number, got -1E+309");
    assertThat(violations("prompt", "p", "steps", new BigDecimal("1e300")))
        .containsExactly("/steps: 1E+300 is not a 64-bit integer");
  }

  @Test
  void multipleOfUsesExactDecimalArithmetic() {
    assertThat(violations("prompt", "p", "width", 1001L)).containsExactly("/width: 1001 is not a multiple of 8");
    // In binary floating point 0.7 % 0.1 is 0.0999...; the decimal 0.7 is a multiple of 0.1.
    assertThat(violations("prompt", "p", "guidance", 0.7)).isEmpty();
    assertThat(violations("prompt", "p", "guidance", 0.75)).containsExactly("/guidance: 0.75 is not a multiple of 0.1");
  }

  @Test
  void oneValueMayBreakSeveralConstraints() {
    assertThat(violations("prompt", "p", "guidance", 0.25)).containsExactly(
        "/guidance: 0.25 is below minimum 0.5", "/guidance: 0.25 is not a multiple of 0.1");
  }

  @Test
  void lengthsCountCodePoints() {
    assertThat(violations("prompt", "")).containsExactly("/prompt: length 0 is below minimum length 1");
    assertThat(violations("prompt", "x".repeat(90))).containsExactly("/prompt: length 90 is above maximum length 80");
    assertThat(violations("prompt", "\uD83D\uDC2F".repeat(80))).isEmpty();
  }

  @Test
  void enumValuesMustBeAllowed() {
    assertThat(violations("prompt", "p", "sampler", TestSampler.DPMPP_2M))
        .containsExactly("/sampler: \"dpmpp_2m\" is not one of [\"euler\", \"heun\"]");
    assertThat(violations("prompt", "p", "img_width", TestImageWidth.W_600))
        .containsExactly("/img_width: 600 is not one of [512, 768]");
  }

  @Test
  void allowedValuesAreQuotedSoThatACommaStaysInItsValue() {
    ModelRules rules = ModelRules.builder("m").parameter(ParameterRule.builder("scheduler", ParameterRule.Kind.ENUM)
        .allowedValues("DPM++ 2M, Karras", "Euler").build()).build();
    assertThat(RequestValidator.validate(rules, Map.of("scheduler", "DPM++ 2M")))
        .containsExactly(new Violation("/scheduler", "\"DPM++ 2M\" is not one of [\"DPM++ 2M, Karras\", \"Euler\"]"));
  }

  @Test
  void imageFormsAreChecked() {
    Map<String, Object> base64Image = Map.of("app_id", "ap-1us0FK21Ach6eiWxo22is8", "prompt", "p",
        "image", ImageInput.fromBytes(new byte[] {1, 2, 3}));
    assertThat(RequestValidator.validate(TestRules.CANNY, base64Image)).containsExactly(
        new Violation("/image", "must be a URL"));
    assertThat(RequestValidator.validate(TestRules.IMG2IMG, Map.of("image", ImageInput.fromUrl("https://x.io/a.png"))))
        .containsExactly(new Violation("/image", "must be base64 data"));
  }

  @Test
  void everyViolationIsCollectedInParameterOrderThenUnknownKeys() {
    assertThat(violations("color", "red", "steps", 9L, "width", 100L, "sampler", "foo")).containsExactly(
        "/prompt: is required",
        "/steps: 9 is above maximum 8",
        "/width: 100 is below minimum 512",
        "/width: 100 is not a multiple of 8",
        "/sampler: \"foo\" is not one of [\"euler\", \"heun\"]",
        "/color: is not a parameter of flux-schnell");
  }

  @Test
  void aRequestsOwnFixedFieldsAreAllowed() {
    assertThat(RequestValidator.validate(TestRules.CANNY, TestRequest.of(TestRules.CANNY,
        "image", ImageInput.fromUrl("https://x.io/a.png"), "prompt", "p").toWireMap())).isEmpty();
  }

  @Test
  void requireValidThrowsWithEveryViolationInTheMessage() {
    TestRequest request = TestRequest.of(TestRules.FLUX, "steps", 9L);
    assertThatThrownBy(() -> RequestValidator.requireValid(request))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid flux-schnell request: 2 violations\n"
            + "  /prompt: is required\n"
            + "  /steps: 9 is above maximum 8")
        .satisfies(e -> {
          ValidationException validation = (ValidationException) e;
          assertThat(validation.modelId()).isEqualTo("flux-schnell");
          assertThat(validation.violations()).containsExactly(
              new Violation("/prompt", "is required"), new Violation("/steps", "9 is above maximum 8"));
        });
  }

  @Test
  void requireValidReturnsAValidRequest() {
    TestRequest request = TestRequest.flux();
    assertThat(RequestValidator.requireValid(request)).isSameAs(request);
  }

  @Test
  void oneViolationIsSingular() {
    assertThat(new ValidationException("flux-schnell", List.of(new Violation("/prompt", "is required"))))
        .hasMessage("Invalid flux-schnell request: 1 violation\n  /prompt: is required");
  }

  @Test
  void pathsAreEscapedJsonPointers() {
    assertThat(Violation.at("a/b~c", "is required").path()).isEqualTo("/a~1b~0c");
  }
}
