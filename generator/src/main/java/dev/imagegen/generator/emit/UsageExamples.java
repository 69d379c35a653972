package dev.imagegen.generator.emit;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ImageForm;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The short usage examples in generated Javadoc (a Retrofit habit): building a request with its
 * required parameters, and calling a model through its provider's client.
 */
final class UsageExamples {

  private static final String CONTINUATION = "\n    ";
  private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

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

  /** An example value of a required parameter, which has no default: the first allowed one. */
  private static String value(RequestLayout.Member member) {
    ParameterSpec parameter = member.spec();
    return switch (parameter.type()) {
      case STRING -> "\"...\"";
      case INTEGER -> integerLiteral(smallest(parameter).setScale(0, RoundingMode.CEILING));
      case NUMBER -> parameter.minimum().isPresent() ? smallest(parameter).toPlainString() : "1.0";
      case BOOLEAN -> "true";
      case ENUM -> String.join(".", member.enumType().orElseThrow().simpleNames()) + "."
          + JavaNames.constantName(String.valueOf(parameter.enumValues().get(0)));
      case IMAGE -> parameter.imageForms().contains(ImageForm.URL)
          ? "ImageInput.fromUrl(\"https://example.com/input.png\")"
          : "ImageInput.fromPath(Path.of(\"input.png\"))";
    };
  }

  /** The minimum (else 1), raised to the next multiple of {@code multipleOf} when there is one. */
  private static BigDecimal smallest(ParameterSpec parameter) {
    BigDecimal minimum = parameter.minimum().orElse(BigDecimal.ONE);
    return parameter.multipleOf()
        .map(step -> minimum.divide(step, 0, RoundingMode.CEILING).multiply(step))
        .orElse(minimum);
  }

  /** A Java literal of {@code whole}: an {@code L} suffix only when an {@code int} cannot hold it. */
  private static String integerLiteral(BigDecimal whole) {
    String digits = whole.toPlainString();
    return whole.compareTo(INT_MIN) >= 0 && whole.compareTo(INT_MAX) <= 0 ? digits : digits + "L";
  }
}
