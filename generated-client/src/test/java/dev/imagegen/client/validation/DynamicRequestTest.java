package dev.imagegen.client.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imagegen.client.ImageInput;
import dev.imagegen.client.testing.TestRules;
import dev.imagegen.client.testing.TestSampler;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DynamicRequestTest {

  private static List<String> violations(ModelRules rules, Object... keysAndValues) {
    Map<String, Object> params = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      params.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    try {
      DynamicRequest.of(rules, params);
      return List.of();
    } catch (ValidationException e) {
      return e.violations().stream().map(Violation::toString).toList();
    }
  }

  private static List<String> fluxViolations(Object... keysAndValues) {
    Object[] withPrompt = new Object[keysAndValues.length + 2];
    withPrompt[0] = "prompt";
    withPrompt[1] = "p";
    System.arraycopy(keysAndValues, 0, withPrompt, 2, keysAndValues.length);
    return violations(TestRules.FLUX, withPrompt);
  }

  @Test
  void integersAcceptAnyIntegralNumber() {
    for (Object steps : List.of(4, 4L, (short) 4, (byte) 4, BigInteger.valueOf(4), new BigDecimal("4.00"), 4.0, 4.0f)) {
      DynamicRequest request = DynamicRequest.of(TestRules.FLUX, Map.of("prompt", "p", "steps", steps));
      assertThat(request.toWireMap()).as("steps as %s", steps.getClass()).containsEntry("steps", 4L);
    }
  }

  @Test
  void integersRefuseOtherValues() {
    assertThat(fluxViolations("steps", "abc")).containsExactly("/steps: expected an integer, got \"abc\"");
    assertThat(fluxViolations("steps", 4.5)).containsExactly("/steps: expected an integer, got 4.5");
    assertThat(fluxViolations("steps", true)).containsExactly("/steps: expected an integer, got true");
    assertThat(fluxViolations("steps", new BigInteger("9223372036854775808")))
        .containsExactly("/steps: 9223372036854775808 is not a 64-bit integer");
  }

  @Test
  void numbersAcceptFiniteNumbersOnly() {
    assertThat(DynamicRequest.of(TestRules.FLUX, Map.of("prompt", "p", "guidance", 7)).toWireMap())
        .containsEntry("guidance", 7.0);
    assertThat(DynamicRequest.of(TestRules.FLUX, Map.of("prompt", "p", "guidance", new BigDecimal("7.5"))).toWireMap())
        .containsEntry("guidance", 7.5);
    assertThat(fluxViolations("guidance", Double.NaN)).containsExactly("/guidance: expected a finite number, got NaN");
    assertThat(fluxViolations("guidance", Double.POSITIVE_INFINITY))
        .containsExactly("/guidance: expected a finite number, got Infinity");
    assertThat(fluxViolations("guidance", "7")).containsExactly("/guidance: expected a number, got \"7\"");
  }

  @Test
  void stringsBooleansAndEnumsAreTypeChecked() {
    assertThat(violations(TestRules.FLUX, "prompt", 12)).containsExactly("/prompt: expected a string, got 12");
    assertThat(fluxViolations("base64", "true")).containsExactly("/base64: expected a boolean, got \"true\"");
    assertThat(fluxViolations("sampler", 1)).containsExactly("/sampler: expected a string, got 1");
    assertThat(fluxViolations("img_width", "512")).containsExactly("/img_width: expected an integer, got \"512\"");
    assertThat(fluxViolations("prompt2", List.of())).containsExactly("/prompt2: is not a parameter of flux-schnell");
    assertThat(fluxViolations("base64", List.of()))
        .containsExactly("/base64: expected a boolean, got an object of type ListN");
  }

  @Test
  void longStringsAreAbbreviatedInMessages() {
    assertThat(fluxViolations("steps", "y".repeat(100)))
        .containsExactly("/steps: expected an integer, got \"" + "y".repeat(40) + "...\"");
  }

  @Test
  void enumsAcceptWireValuesAndConstants() {
    DynamicRequest request = DynamicRequest.of(TestRules.FLUX,
        Map.of("prompt", "p", "sampler", TestSampler.HEUN, "img_width", 768));
    assertThat(request.toWireMap()).containsEntry("sampler", "heun").containsEntry("img_width", 768L);
    assertThat(fluxViolations("sampler", "foo")).containsExactly("/sampler: \"foo\" is not one of [\"euler\", \"heun\"]");
    assertThat(fluxViolations("img_width", 600)).containsExactly("/img_width: 600 is not one of [512, 768]");
  }

  @Test
  void imagesAcceptImageInputsUrlsAndBase64Text() {
    DynamicRequest request = DynamicRequest.of(TestRules.FLUX,
        Map.of("prompt", "p", "image", "https://example.com/a.png"));
    assertThat(request.toWireMap()).containsEntry("image", ImageInput.fromUrl("https://example.com/a.png"));
    assertThat(DynamicRequest.of(TestRules.FLUX, Map.of("prompt", "p", "image", "AQID")).toWireMap())
        .containsEntry("image", ImageInput.fromBase64("AQID"));
    assertThat(fluxViolations("image", "not base64!"))
        .containsExactly("/image: is neither an http(s) URL nor base64 data");
    assertThat(fluxViolations("image", 3))
        .containsExactly("/image: expected an image (ImageInput, URL or base64 text), got 3");
    assertThat(violations(TestRules.CANNY, "prompt", "p", "image", "AQID")).containsExactly("/image: must be a URL");
  }

  @Test
  void unknownKeysAndFixedFieldsAreRefused() {
    assertThat(fluxViolations("foo", 1)).containsExactly("/foo: is not a parameter of flux-schnell");
    assertThat(violations(TestRules.CANNY, "app_id", "ap-other", "prompt", "p", "image", "https://x.io/a.png"))
        .containsExactly("/app_id: is fixed by the model and cannot be set");
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    assertThatThrownBy(() -> DynamicRequest.of(TestRules.FLUX, Map.of("steps", "abc", "foo", 1)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Invalid flux-schnell request: 3 violations\n"
            + "  /prompt: is required\n"
            + "  /steps: expected an integer, got \"abc\"\n"
            + "  /foo: is not a parameter of flux-schnell");
  }

  @Test
  void theWireMapHasFixedFieldsFirstThenParametersInRuleOrder() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("batch", 2);
    params.put("prompt", "edges");
    params.put("image", "https://x.io/a.png");
    DynamicRequest request = DynamicRequest.of(TestRules.CANNY, params);
    assertThat(request.toWireMap()).containsExactly(
        Map.entry("app_id", "ap-1us0FK21Ach6eiWxo22is8"),
        Map.entry("image", ImageInput.fromUrl("https://x.io/a.png")),
        Map.entry("prompt", "edges"),
        Map.entry("batch", 2L));
    assertThat(request.rules()).isSameAs(TestRules.CANNY);
    assertThat(request).isEqualTo(DynamicRequest.of(TestRules.CANNY, params))
        .hasSameHashCodeAs(DynamicRequest.of(TestRules.CANNY, params));
    assertThat(request).hasToString("DynamicRequest{sdxl-controlnet-canny, {app_id=ap-1us0FK21Ach6eiWxo22is8,"
        + " image=ImageInput{url=https://x.io/a.png}, prompt=edges, batch=2}}");
  }
}
