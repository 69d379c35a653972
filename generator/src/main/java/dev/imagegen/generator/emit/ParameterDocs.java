package dev.imagegen.generator.emit;

import dev.imagegen.generator.spec.ImageForm;
import dev.imagegen.generator.spec.ParameterSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The Javadoc of a parameter's getter and setter, from its spec: description, range, length,
 * allowed values, image forms, default, whether it is required, and the spec's note. For example:
 *
 * <pre>
 * Image width, between 512 and 2048 in multiples of 8.
 *
 * &lt;p&gt;Range: 512 to 2048, multiple of 8.
 * &lt;p&gt;Default: 1024 (applied by the server when omitted).
 * </pre>
 */
final class ParameterDocs {

  private ParameterDocs() {}

  /** The Javadoc text, escaped, ending with a line break. */
  static String of(ParameterSpec parameter) {
    List<String> facts = new ArrayList<>();
    range(parameter).ifPresent(range -> facts.add("Range: " + range + "."));
    length(parameter.minLength(), parameter.maxLength()).ifPresent(length -> facts.add("Length: " + length + "."));
    if (!parameter.enumValues().isEmpty()) {
      facts.add("Allowed values: " + join(parameter.enumValues()) + ".");
    }
    if (!parameter.imageForms().isEmpty()) {
      facts.add("Accepted forms: " + imageForms(parameter) + ".");
    }
    parameter.defaultValue().ifPresent(
        value -> facts.add("Default: " + JavadocText.value(value) + " (applied by the server when omitted)."));
    if (parameter.required()) {
      facts.add("Required.");
    }
    parameter.note().ifPresent(note -> facts.add("Note: " + JavadocText.escape(note)));

    StringBuilder doc = new StringBuilder(JavadocText.escape(parameter.description())).append('\n');
    if (!facts.isEmpty()) {
      doc.append('\n');
      facts.forEach(fact -> doc.append("<p>").append(fact).append('\n'));
    }
    return doc.toString();
  }

  private static Optional<String> range(ParameterSpec parameter) {
    List<String> parts = new ArrayList<>();
    bounds(parameter.minimum().map(BigDecimal::toPlainString), parameter.maximum().map(BigDecimal::toPlainString))
        .ifPresent(parts::add);
    parameter.multipleOf().ifPresent(step -> parts.add("multiple of " + step.toPlainString()));
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
  }

  private static Optional<String> length(OptionalInt minLength, OptionalInt maxLength) {
    return bounds(
            minLength.isPresent() ? Optional.of(Integer.toString(minLength.getAsInt())) : Optional.empty(),
            maxLength.isPresent() ? Optional.of(Integer.toString(maxLength.getAsInt())) : Optional.empty())
        .map(bounds -> bounds + " characters");
  }

  /** {@code 1 to 8}, {@code at least 1}, {@code at most 8}, or nothing. */
  private static Optional<String> bounds(Optional<String> lower, Optional<String> upper) {
    if (lower.isPresent() && upper.isPresent()) {
      return Optional.of(lower.get() + " to " + upper.get());
    }
    return lower.map(l -> "at least " + l).or(() -> upper.map(u -> "at most " + u));
  }

  private static String join(List<Object> values) {
    return values.stream().map(JavadocText::value).collect(Collectors.joining(", "));
  }

  private static String imageForms(ParameterSpec parameter) {
    return parameter.imageForms().stream()
        .sorted()
        .map(form -> form == ImageForm.URL ? "a URL" : "base64 text")
        .collect(Collectors.joining(" or "));
  }
}
