package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ImageForm;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.ParameterType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Every way to break exactly one constraint of a model, read from its spec: min-1, max+1, not a
 * multiple, not in the enum, too short, too long, required missing or null, a wrong type, an image
 * in a form the parameter refuses, an unknown key, a fixed field set by hand.
 */
final class Breaks {

  private Breaks() {}

  /**
   * The breaks of {@code model}: a family of constraints (range, multiple, enum, length, required,
   * type, image form, unknown key, fixed field) is drawn first, then one break of that family, so
   * that every family comes up often whatever the number of parameters.
   */
  static Gen<Break> of(ModelUnderTest model) {
    Map<String, List<Gen<Break>>> families = new TreeMap<>();
    for (ParameterSpec parameter : model.model().parameters()) {
      add(families, parameter);
    }
    String modelId = model.model().id();
    family(families, "unknown key").add(Texts.words().map(word ->
        Break.value("unknown-key", "x_" + word, word, "is not a parameter of " + modelId)));
    model.model().fixedFields().forEach((field, value) -> family(families, "fixed field").add(Generate.constant(
        Break.value("fixed-field-set", field, value, "is fixed by the model and cannot be set"))));
    List<Gen<Break>> byFamily = families.values().stream().map(breaks -> Generate.pick(breaks).flatMap(one -> one)).toList();
    return Generate.pick(byFamily).flatMap(family -> family);
  }

  private static void add(Map<String, List<Gen<Break>>> families, ParameterSpec parameter) {
    String name = parameter.name();
    if (parameter.required()) {
      family(families, "required").add(Generate.constant(Break.missing(name)));
      family(families, "required").add(Generate.constant(Break.nullValue(name)));
    }
    family(families, "type").add(Generate.pick(WrongTypes.of(parameter)));
    if (parameter.type() == ParameterType.INTEGER || parameter.type() == ParameterType.NUMBER) {
      addNumeric(families, parameter, parameter.type() == ParameterType.INTEGER);
    }
    if (parameter.type() == ParameterType.ENUM) {
      family(families, "enum").add(notInEnum(parameter));
    }
    if (parameter.type() == ParameterType.STRING) {
      lengths(parameter).forEach(length -> family(families, "length").add(length));
    }
    if (parameter.type() == ParameterType.IMAGE && parameter.imageForms().size() == 1) {
      String message = parameter.imageForms().contains(ImageForm.URL) ? "must be a URL" : "must be base64 data";
      family(families, "image form").add(Images.otherForm(parameter).map(image -> Break.value("wrong-image-form", name, image, message)));
    }
  }

  private static List<Gen<Break>> family(Map<String, List<Gen<Break>>> families, String family) {
    return families.computeIfAbsent(family, key -> new ArrayList<>());
  }

  private static Gen<Break> notInEnum(ParameterSpec parameter) {
    if (parameter.isIntegerEnum()) {
      String allowed = parameter.enumValues().toString();
      long above = parameter.enumValues().stream().mapToLong(value -> (Long) value).max().orElseThrow() + 1;
      return integers().between(0, 1000).map(offset -> {
        long value = above + offset;
        return Break.value("not-in-enum", parameter.name(), value, value + " is not one of " + allowed);
      });
    }
    // Strings are quoted, in the list too, so that a value holding a comma reads as one value.
    String allowed = parameter.enumValues().stream().map(value -> quoted((String) value))
        .collect(Collectors.joining(", ", "[", "]"));
    return Texts.words().map(word -> "not " + word).map(value ->
        Break.value("not-in-enum", parameter.name(), value, quoted(value) + " is not one of " + allowed));
  }

  /** A string as the validator shows it: quoted, and cut after 40 characters. */
  private static String quoted(String text) {
    return '"' + (text.length() <= 40 ? text : text.substring(0, 40) + "...") + '"';
  }

  private static List<Gen<Break>> lengths(ParameterSpec parameter) {
    List<Gen<Break>> breaks = new ArrayList<>();
    parameter.maxLength().ifPresent(max -> breaks.add(Texts.prompts(max + 1, max + 3).map(text -> Break.value("too-long",
        parameter.name(), text, "length " + length(text) + " is above maximum length " + max))));
    parameter.minLength().stream().filter(min -> min > 0).forEach(min -> breaks.add(Texts.prompts(0, min - 1).map(text ->
        Break.value("too-short", parameter.name(), text, "length " + length(text) + " is below minimum length " + min))));
    return breaks;
  }

  private static void addNumeric(Map<String, List<Gen<Break>>> families, ParameterSpec parameter, boolean integer) {
    String name = parameter.name();
    Numbers.belowMinimum(parameter, integer).ifPresent(value -> family(families, "range").add(Generate.constant(
        numeric("below-minimum", name, value, integer, "is below minimum " + plain(parameter.minimum().orElseThrow())))));
    Numbers.aboveMaximum(parameter, integer).ifPresent(value -> family(families, "range").add(Generate.constant(
        numeric("above-maximum", name, value, integer, "is above maximum " + plain(parameter.maximum().orElseThrow())))));
    Numbers.notMultiple(parameter, integer).ifPresent(values -> family(families, "multiple").add(values.map(value ->
        numeric("not-multiple", name, value, integer, "is not a multiple of " + plain(parameter.multipleOf().orElseThrow())))));
  }

  /** {@code value} sent as a {@link Long} for an integer, a {@link BigDecimal} for a number. */
  private static Break numeric(String kind, String name, BigDecimal value, boolean integer, String problem) {
    return Break.value(kind, name, integer ? (Object) value.longValueExact() : value, plain(value) + " " + problem);
  }

  /** As the client prints numbers: {@code 0.5}, {@code 2048}, never {@code 5E-1}. */
  static String plain(BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** The wrong-type values of each parameter type, with the message each must get. */
  private static final class WrongTypes {

    private static final BigInteger BEYOND_LONG = BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE);

    static List<Break> of(ParameterSpec parameter) {
      String name = parameter.name();
      List<Break> breaks = new ArrayList<>();
      switch (parameter.type()) {
        case STRING -> {
          breaks.add(wrong(name, 42L, "expected a string, got 42"));
          breaks.add(wrong(name, true, "expected a string, got true"));
        }
        case INTEGER -> {
          breaks.add(wrong(name, "12", "expected an integer, got \"12\""));
          breaks.add(wrong(name, 1.5, "expected an integer, got 1.5"));
          breaks.add(Break.value("too-large-integer", name, BEYOND_LONG, BEYOND_LONG + " is not a 64-bit integer"));
        }
        case NUMBER -> {
          breaks.add(wrong(name, "1.5", "expected a number, got \"1.5\""));
          breaks.add(wrong(name, false, "expected a number, got false"));
          breaks.add(Break.value("not-finite", name, Double.NaN, "expected a finite number, got NaN"));
          breaks.add(Break.value("not-finite", name, Double.POSITIVE_INFINITY, "expected a finite number, got Infinity"));
        }
        case BOOLEAN -> {
          breaks.add(wrong(name, "true", "expected a boolean, got \"true\""));
          breaks.add(wrong(name, 1L, "expected a boolean, got 1"));
        }
        case ENUM -> breaks.add(parameter.isIntegerEnum()
            ? wrong(name, String.valueOf(parameter.enumValues().get(0)),
                "expected an integer, got \"" + parameter.enumValues().get(0) + "\"")
            : wrong(name, 3L, "expected a string, got 3"));
        case IMAGE -> {
          breaks.add(wrong(name, 42L, "expected an image (ImageInput, URL or base64 text), got 42"));
          breaks.add(Break.value("not-an-image", name, "no base64!", "is neither an http(s) URL nor base64 data"));
        }
      }
      return breaks;
    }

    private static Break wrong(String name, Object value, String message) {
      return Break.value("wrong-type", name, value, message);
    }
  }
}
