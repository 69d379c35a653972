package dev.imagegen.generator.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaNamesTest {

  /** The kinds of Java name a spec name becomes. */
  enum Style {
    TYPE(JavaNames::typeName),
    MEMBER(JavaNames::memberName),
    CONSTANT(JavaNames::constantName),
    PACKAGE(JavaNames::packageSegment);

    private final UnaryOperator<String> convert;

    Style(UnaryOperator<String> convert) {
      this.convert = convert;
    }
  }

  @ParameterizedTest(name = "{0} {1} -> {2}")
  @CsvSource({
      "TYPE, flux-schnell, FluxSchnell",
      "TYPE, sd1.5-img2img, Sd15Img2img",
      "TYPE, sdxl-controlnet-canny, SdxlControlnetCanny",
      "TYPE, 2x-upscale, _2xUpscale",
      "TYPE, sampler_name, SamplerName",
      "TYPE, imgWidth, ImgWidth",
      "TYPE, class, Class",
      "MEMBER, sampler_name, samplerName",
      "MEMBER, default, default_",
      "MEMBER, class, class_",
      "MEMBER, true, true_",
      "MEMBER, seed, seed",
      "MEMBER, 2x-upscale, _2xUpscale",
      "MEMBER, sd1.5-img2img, sd15Img2img",
      "MEMBER, negativePrompt, negativePrompt",
      "CONSTANT, Euler a, EULER_A",
      "CONSTANT, DPM2 a Karras, DPM2_A_KARRAS",
      "CONSTANT, dpmpp_2m, DPMPP_2M",
      "CONSTANT, euler_ancestral_cfg_pp, EULER_ANCESTRAL_CFG_PP",
      "CONSTANT, 512, _512",
      "CONSTANT, -1, MINUS_1",
      "CONSTANT, -0.5, MINUS_0_5",
      "CONSTANT, -x, X",
      "CONSTANT, - 1, _1",
      "CONSTANT, a10g, A10G",
      "CONSTANT, flux-schnell, FLUX_SCHNELL",
      "CONSTANT, sd1.5-img2img, SD1_5_IMG2IMG",
      "PACKAGE, segmind, segmind",
      "PACKAGE, acme-labs, acmelabs",
      "PACKAGE, Stability.AI, stabilityai",
      "PACKAGE, 3d-co, _3dco",
      "PACKAGE, package, package_",
  })
  void specNamesBecomeJavaNames(Style style, String specName, String javaName) {
    assertThat(style.convert.apply(specName)).isEqualTo(javaName);
  }

  @Test
  void aNameWithoutLetterOrDigitBecomesADoubleUnderscore() {
    assertThat(JavaNames.typeName("-")).isEqualTo("__");
    assertThat(JavaNames.memberName("")).isEqualTo("__");
    assertThat(JavaNames.constantName(" ")).isEqualTo("__");
  }

  @Test
  void aNegativeNumberKeepsItsSignSoItDoesNotCollideWithItsAbsoluteValue() {
    assertThat(JavaNames.constantName("-1")).isNotEqualTo(JavaNames.constantName("1"));
  }

  @Test
  void onlyNamesWithAnAsciiLetterOrDigitCanBecomeJavaNames() {
    assertThat(JavaNames.hasAsciiLetterOrDigit("a-")).isTrue();
    assertThat(JavaNames.hasAsciiLetterOrDigit("-9")).isTrue();
    assertThat(JavaNames.hasAsciiLetterOrDigit("_ -.")).isFalse();
    assertThat(JavaNames.hasAsciiLetterOrDigit("é")).isFalse();
    assertThat(JavaNames.hasAsciiLetterOrDigit("")).isFalse();
  }

  @Test
  void namesDifferingOnlyByPunctuationCollide() {
    // The loader reports such a pair as a spec error; these are the collisions it relies on.
    assertThat(JavaNames.typeName("flux_schnell")).isEqualTo(JavaNames.typeName("flux-schnell"));
    assertThat(JavaNames.memberName("sampler.name")).isEqualTo(JavaNames.memberName("sampler_name"));
    assertThat(JavaNames.constantName("Euler-a")).isEqualTo(JavaNames.constantName("Euler a"));
  }
}
