package dev.imagegen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import dev.imagegen.generator.spec.CelerySpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.ResponseHeader;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import dev.imagegen.generator.spec.SegmindV2Spec;
import java.time.Duration;
import java.util.Optional;

/**
 * The initializer of a client's {@code PROVIDER} constant: every runtime-relevant fact of the
 * provider spec as a {@code ProviderDescriptor} builder chain. A fact the spec leaves out gets no call,
 * so the runtime's default applies.
 */
final class ProviderDescriptorCode {

  private ProviderDescriptorCode() {}

  static CodeBlock of(ProviderSpec provider) {
    CodeBlock.Builder code = CodeBlock.builder()
        .add("$T.builder($L)$>$>", RuntimeTypes.PROVIDER_DESCRIPTOR, SpecLiterals.string(provider.id()))
        .add("\n.title($L)", SpecLiterals.string(provider.title()))
        .add("\n.defaultBaseUrl($L)", SpecLiterals.string(provider.baseUrl()));
    provider.baseUrlEnv().ifPresent(env -> code.add("\n.baseUrlEnv($L)", SpecLiterals.string(env)));
    code.add("\n.auth($L, $L, $L)", SpecLiterals.string(provider.auth().header()), stringOrNull(provider.auth().scheme()),
        SpecLiterals.string(provider.auth().env()));
    provider.responseHeaders().ifPresent(headers -> headers.names().forEach((header, name) ->
        code.add("\n.$L($L)", setter(header), SpecLiterals.string(name))));
    provider.rateLimit().ifPresent(rateLimit -> code.add("\n.rateLimitHeaders($L, $L)",
        stringOrNull(rateLimit.retryAfterHeader()), stringOrNull(rateLimit.resetAtHeader())));
    provider.async().filter(CelerySpec.class::isInstance).map(CelerySpec.class::cast)
        .ifPresent(celery -> code.add("\n.taskIdField($L)", SpecLiterals.string(celery.taskIdField())));
    ModelFlows.v2(provider).ifPresent(v2 -> code.add("\n.v2($L)", v2Protocol(v2)));
    return code.add("\n.build()$<$<").build();
  }

  private static CodeBlock v2Protocol(SegmindV2Spec v2) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()$>$>", RuntimeTypes.V2_PROTOCOL);
    v2.statuses().forEach((value, outcome) ->
        code.add("\n.status($L, $T.$L)", SpecLiterals.string(value), RuntimeTypes.JOB_STATUS_OUTCOME, outcome.name()));
    code.add("\n.failedHttpStatus($L)", v2.failedHttpStatus())
        .add("\n.notFoundHttpStatus($L)", v2.notFoundHttpStatus())
        .add("\n.retention($L)", duration(v2.retention()))
        .add("\n.pollInterval($L)", duration(v2.pollInterval()))
        .add("\n.deadline($L)", duration(v2.deadline()));
    v2.result().ifPresent(result -> code.add("\n.resultFields($L)", resultFields(result)));
    return code.add("\n.build()$<$<").build();
  }

  private static CodeBlock resultFields(ResultFieldsSpec result) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()$>$>", RuntimeTypes.RESULT_FIELDS);
    result.outputField().ifPresent(field -> code.add("\n.output($L)", SpecLiterals.string(field)));
    result.seedField().ifPresent(field -> code.add("\n.seed($L)", SpecLiterals.string(field)));
    if (!result.mediaFields().isEmpty()) {
      code.add("\n.media($L)", CodeBlock.join(result.mediaFields().stream().map(SpecLiterals::string).toList(), ", "));
    }
    result.metricsField().ifPresent(field -> code.add("\n.metrics($L)", SpecLiterals.string(field)));
    result.metrics().forEach((metric, field) -> code.add("\n.$L($L)", setter(metric), SpecLiterals.string(field)));
    return code.add("\n.build()$<$<").build();
  }

  /** The {@code ProviderDescriptor.Builder} method that names {@code header}. */
  private static String setter(ResponseHeader header) {
    return switch (header) {
      case REQUEST_ID -> "requestIdHeader";
      case COST -> "costHeader";
      case REMAINING_CREDITS -> "creditsHeader";
      case GENERATION_TIME -> "generationTimeHeader";
      case SEED -> "seedHeader";
    };
  }

  /** The {@code ResultFields.Builder} method that names the field of {@code metric}. */
  private static String setter(ResultMetric metric) {
    return switch (metric) {
      case COST -> "cost";
      case REMAINING_CREDITS -> "remainingCredits";
      case INFERENCE_TIME -> "inferenceTime";
      case QUEUE_TIME -> "queueTime";
      case TOTAL_TIME -> "totalTime";
      case RETRY_COUNT -> "retryCount";
    };
  }

  private static CodeBlock duration(Duration duration) {
    return CodeBlock.of("$T.parse($S)", Duration.class, duration.toString());
  }

  /** The runtime's builders take {@code null} for an absent header or scheme. */
  private static CodeBlock stringOrNull(Optional<String> value) {
    return value.map(SpecLiterals::string).orElseGet(() -> CodeBlock.of("null"));
  }
}
