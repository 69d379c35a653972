package dev.imagegen.generator.emit;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ImageForm;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The short usage examples in generated Javadoc (a Retrofit habit): building a request with its
 * required parameters, and calling a model through its provider's client.
 */
final class UsageExamples {

  private static final String CONTINUATION = "\n    ";

  private UsageExamples() {}

  /** Builds a request with example values for its required parameters, ending with a line break. */
  static String request(RequestLayout layout) {
    String type = layout.requestType().simpleName();
    StringBuilder example = new StringBuilder(type).append(" request = ").append(type).append(".builder()");
    layout.members().stream()
        .filter(member -> member.spec().required())
        .forEach(member -> example.append(CONTINUATION).append('.').append(member.name())
            .append('(').append(value(member)).append(')'));
    return example.append(CONTINUATION).append(".build();\n").toString();
  }

  /** The client variable of a provider, such as {@code segmind}. */
  static String clientVariable(String providerId) {
    return JavaNames.memberName(providerId);
  }

  /** The example call of a model's first generated call, such as {@code GeneratedImage image = segmind.fluxSchnell().generate(request);}. */
  static String call(ProviderLayout provider, ModelSpec model) {
    String service = clientVariable(provider.spec().id()) + "." + provider.accessor(model) + "()";
    if (ModelFlows.hasSync(model)) {
      ResponseKind kind = ResponseKind.of(model);
      String variable = kind == ResponseKind.IMAGE ? "image" : "response";
      return kind.resultType().simpleName() + " " + variable + " = " + service + ".generate(request);\n";
    }
    return "Job job = " + service + ".submit(request);\n";
  }

  private static String value(RequestLayout.Member member) {
    ParameterSpec parameter = member.spec();
    Optional<String> specValue = parameter.defaultValue()
        .or(() -> parameter.minimum().map(Object.class::cast))
        .or(() -> parameter.enumValues().stream().findFirst())
        .map(value -> value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value));
    return switch (parameter.type()) {
      case STRING -> "\"...\"";
      case INTEGER -> specValue.orElse("1");
      case NUMBER -> specValue.orElse("1.0");
      case BOOLEAN -> specValue.orElse("true");
      case ENUM -> String.join(".", member.enumType().orElseThrow().simpleNames()) + "."
          + specValue.map(JavaNames::constantName).orElse("UNKNOWN");
      case IMAGE -> parameter.imageForms().contains(ImageForm.URL)
          ? "ImageInput.fromUrl(\"https://example.com/input.png\")"
          : "ImageInput.fromPath(Path.of(\"input.png\"))";
    };
  }
}
