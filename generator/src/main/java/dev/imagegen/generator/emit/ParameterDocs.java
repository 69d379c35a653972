package dev.imagegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.imagegen.generator.naming.JavaNames;
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
 * allowed values, image forms, default, and whether it is required. An enum parameter links its
 * enum type and the default's constant rather than listing wire values. The spec's note is for
 * maintainers and stays out. For example:
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

  /** The Javadoc of {@code member}, its text escaped, ending with a line break. */
  static CodeBlock of(RequestLayout.Member member) {
    ParameterSpec parameter = member.spec();
    List<CodeBlock> facts = new ArrayList<>();
    range(parameter).ifPresent(range -> facts.add(CodeBlock.of("Range: $L.", range)));
    length(parameter.minLength(), parameter.maxLength()).ifPresent(length -> facts.add(CodeBlock.of("Length: $L.", length)));
    member.enumType().ifPresent(type -> facts.add(
        CodeBlock.of("Allowed values: the constants of {@link $T}.", type)));
    if (!parameter.imageForms().isEmpty()) {
      facts.add(CodeBlock.of("Accepted forms: $L.", imageForms(parameter)));
    }
    parameter.defaultValue().ifPresent(value -> facts.add(
        CodeBlock.of("Default: $L (applied by the server when omitted).", defaultValue(value, member.enumType()))));
    if (parameter.required()) {
      facts.add(CodeBlock.of("Required."));
    }

    CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", JavadocText.escape(parameter.description()));
    if (!facts.isEmpty()) {
      doc.add("\n");
      facts.forEach(fact -> doc.add("<p>$L\n", fact));
    }
    return doc.build();
  }

  /** An enum's default as a link to its constant; any other default as the spec writes it. */
  private static CodeBlock defaultValue(Object value, Optional<ClassName> enumType) {
    return enumType
        .map(type -> CodeBlock.of("{@link $T#$L}", type, JavaNames.constantName(String.valueOf(value))))
        .orElseGet(() -> CodeBlock.of("$L", JavadocText.value(value)));
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

  private static String imageForms(ParameterSpec parameter) {
    return parameter.imageForms().stream()
        .sorted()
        .map(form -> form == ImageForm.URL ? "a URL" : "base64 text")
        .collect(Collectors.joining(" or "));
  }
}
