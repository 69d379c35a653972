package dev.imagegen.client.validation;

import dev.imagegen.client.ImageInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Checks one wire value against its rule's range, multipleOf, length, allowed values and image forms. */
final class Constraints {

  private Constraints() {}

  /** Every problem of {@code wireValue}, which {@link WireValues} produced for {@code rule}. */
  static List<String> problems(ParameterRule rule, Object wireValue) {
    List<String> problems = new ArrayList<>();
    switch (rule.kind()) {
      case INTEGER:
      case NUMBER:
        numeric(rule, Decimals.of((Number) wireValue).orElseThrow(), problems);
        break;
      case STRING:
        length(rule, (String) wireValue, problems);
        break;
      case ENUM:
        allowed(rule, wireValue, problems);
        break;
      case IMAGE:
        imageForm(rule, (ImageInput) wireValue, problems);
        break;
      default:
        break;
    }
    return problems;
  }

  private static void numeric(ParameterRule rule, BigDecimal value, List<String> problems) {
    String shown = Decimals.shown(value);
    rule.minimum().filter(min -> value.compareTo(min) < 0)
        .ifPresent(min -> problems.add(shown + " is below minimum " + Decimals.plain(min)));
    rule.maximum().filter(max -> value.compareTo(max) > 0)
        .ifPresent(max -> problems.add(shown + " is above maximum " + Decimals.plain(max)));
    rule.multipleOf().filter(step -> value.remainder(step).signum() != 0)
        .ifPresent(step -> problems.add(shown + " is not a multiple of " + Decimals.plain(step)));
  }

  private static void length(ParameterRule rule, String value, List<String> problems) {
    // Lengths count code points, as JSON Schema does, so an emoji is one character.
    int length = value.codePointCount(0, value.length());
    rule.minLength().ifPresent(min -> {
      if (length < min) {
        problems.add("length " + length + " is below minimum length " + min);
      }
    });
    rule.maxLength().ifPresent(max -> {
      if (length > max) {
        problems.add("length " + length + " is above maximum length " + max);
      }
    });
  }

  private static void allowed(ParameterRule rule, Object value, List<String> problems) {
    if (!rule.allowedValues().contains(value)) {
      problems.add(ValueText.of(value) + " is not one of " + ValueText.list(rule.allowedValues()));
    }
  }

  private static void imageForm(ParameterRule rule, ImageInput image, List<String> problems) {
    if (image.isUrl() && !rule.imageForms().contains(ParameterRule.ImageForm.URL)) {
      problems.add("must be base64 data");
    } else if (!image.isUrl() && !rule.imageForms().contains(ParameterRule.ImageForm.BASE64)) {
      problems.add("must be a URL");
    }
  }
}
