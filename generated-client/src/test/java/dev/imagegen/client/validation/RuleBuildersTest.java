package dev.imagegen.client.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imagegen.client.validation.ParameterRule.ImageForm;
import dev.imagegen.client.validation.ParameterRule.Kind;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RuleBuildersTest {

  @Test
  void aRuleKeepsWhatItWasGiven() {
    ParameterRule width = ParameterRule.builder("width", Kind.INTEGER).required()
        .minimum("512").maximum("2048").multipleOf("8").build();
    assertThat(width.name()).isEqualTo("width");
    assertThat(width.kind()).isEqualTo(Kind.INTEGER);
    assertThat(width.required()).isTrue();
    assertThat(width.minimum()).contains(new BigDecimal("512"));
    assertThat(width.maximum()).contains(new BigDecimal("2048"));
    assertThat(width.multipleOf()).contains(new BigDecimal("8"));
    assertThat(width.allowedValues()).isEmpty();
    assertThat(width.imageForms()).isEmpty();
  }

  @Test
  void integerEnumValuesBecomeLongs() {
    ParameterRule rule = ParameterRule.builder("img_width", Kind.ENUM).allowedValues(512, 768L).build();
    assertThat(rule.allowedValues()).containsExactly(512L, 768L);
    assertThat(rule.isIntegerEnum()).isTrue();
  }

  @Test
  void anImageTakesBothFormsUnlessRestricted() {
    assertThat(ParameterRule.builder("image", Kind.IMAGE).build().imageForms())
        .containsExactlyInAnyOrder(ImageForm.URL, ImageForm.BASE64);
    assertThat(ParameterRule.builder("image", Kind.IMAGE).imageForms(ImageForm.URL).build().imageForms())
        .containsExactly(ImageForm.URL);
  }

  @Test
  void mistakesInRulesAreRefusedWithClearMessages() {
    assertThatThrownBy(() -> ParameterRule.builder("steps", Kind.INTEGER).minimum("abc"))
        .hasMessage("steps: minimum is not a decimal number: abc");
    assertThatThrownBy(() -> ParameterRule.builder("steps", Kind.INTEGER).minimum("9").maximum("8").build())
        .hasMessage("steps: minimum 9 is above maximum 8");
    assertThatThrownBy(() -> ParameterRule.builder("width", Kind.INTEGER).multipleOf("0").build())
        .hasMessage("width: multipleOf must be positive, got 0");
    assertThatThrownBy(() -> ParameterRule.builder("prompt", Kind.STRING).minLength(5).maxLength(2).build())
        .hasMessage("prompt: minLength 5 is above maxLength 2");
    assertThatThrownBy(() -> ParameterRule.builder("prompt", Kind.STRING).maximum("3").build())
        .hasMessage("prompt: minimum, maximum and multipleOf apply to INTEGER and NUMBER only, not STRING");
    assertThatThrownBy(() -> ParameterRule.builder("sampler", Kind.ENUM).build())
        .hasMessage("sampler: an ENUM needs allowedValues");
    assertThatThrownBy(() -> ParameterRule.builder("sampler", Kind.ENUM).allowedValues("a", 1L).build())
        .hasMessage("sampler: allowedValues mix strings and integers: [a, 1]");
    assertThatThrownBy(() -> ParameterRule.builder("sampler", Kind.ENUM).allowedValues(1.5))
        .hasMessage("sampler: an allowed value must be a String or a Long, got 1.5");
    assertThatThrownBy(() -> ParameterRule.builder("prompt", Kind.STRING).minLength(-1))
        .hasMessage("prompt: minLength must not be negative, got -1");
  }

  @Test
  void aBodyFieldIsDeclaredOnce() {
    ParameterRule prompt = ParameterRule.builder("prompt", Kind.STRING).build();
    assertThatThrownBy(() -> ModelRules.builder("m").parameter(prompt).parameter(prompt))
        .hasMessage("m: body field prompt is declared twice");
    assertThatThrownBy(() -> ModelRules.builder("m").fixedField("prompt", "x").parameter(prompt))
        .hasMessage("m: body field prompt is declared twice");
  }

  @Test
  void modelRulesKeepSpecOrder() {
    ModelRules rules = ModelRules.builder("m").fixedField("app_id", "a")
        .parameter(ParameterRule.builder("b", Kind.STRING).build())
        .parameter(ParameterRule.builder("a", Kind.STRING).build())
        .build();
    assertThat(rules.modelId()).isEqualTo("m");
    assertThat(rules.parameters()).extracting(ParameterRule::name).containsExactly("b", "a");
    assertThat(rules.fixedFields()).containsExactly(java.util.Map.entry("app_id", "a"));
    assertThat(rules.parameter("a")).isPresent();
    assertThat(rules.parameter("c")).isEmpty();
  }
}
