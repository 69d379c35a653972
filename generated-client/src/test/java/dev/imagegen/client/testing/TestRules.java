package dev.imagegen.client.testing;

import dev.imagegen.client.validation.ModelRules;
import dev.imagegen.client.validation.ParameterRule;
import dev.imagegen.client.validation.ParameterRule.ImageForm;
import dev.imagegen.client.validation.ParameterRule.Kind;

/** Rules shaped like generated catalogs: one parameter of each kind and constraint. */
public final class TestRules {

  /** A Segmind-like model with every kind of constraint. */
  public static final ModelRules FLUX = ModelRules.builder("flux-schnell")
      .parameter(ParameterRule.builder("prompt", Kind.STRING).required().minLength(1).maxLength(80).build())
      .parameter(ParameterRule.builder("steps", Kind.INTEGER).minimum("1").maximum("8").build())
      .parameter(ParameterRule.builder("width", Kind.INTEGER).minimum("512").maximum("2048").multipleOf("8").build())
      .parameter(ParameterRule.builder("guidance", Kind.NUMBER).minimum("0.5").maximum("30").multipleOf("0.1").build())
      .parameter(ParameterRule.builder("sampler", Kind.ENUM).allowedValues("euler", "heun").build())
      .parameter(ParameterRule.builder("img_width", Kind.ENUM).allowedValues(512L, 768L).build())
      .parameter(ParameterRule.builder("base64", Kind.BOOLEAN).build())
      .parameter(ParameterRule.builder("image", Kind.IMAGE).build())
      .build();

  /** A Qolaba-like model: a fixed {@code app_id} and a URL-only image. */
  public static final ModelRules CANNY = ModelRules.builder("sdxl-controlnet-canny")
      .fixedField("app_id", "ap-1us0FK21Ach6eiWxo22is8")
      .parameter(ParameterRule.builder("image", Kind.IMAGE).required().imageForms(ImageForm.URL).build())
      .parameter(ParameterRule.builder("prompt", Kind.STRING).required().build())
      .parameter(ParameterRule.builder("batch", Kind.INTEGER).minimum("1").maximum("8").build())
      .build();

  /** A model whose image must be base64 data. */
  public static final ModelRules IMG2IMG = ModelRules.builder("sd1.5-img2img")
      .parameter(ParameterRule.builder("image", Kind.IMAGE).required().imageForms(ImageForm.BASE64).build())
      .build();

  private TestRules() {}
}
