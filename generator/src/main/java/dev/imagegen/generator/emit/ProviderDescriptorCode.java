package dev.imagegen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import java.time.Duration;
import java.util.Optional;

/**
 * The initializer of a client's {@code PROVIDER} constant: every runtime-relevant fact of the
 * provider spec as a {@code ProviderDescriptor} builder chain.
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
    provider.creditsHeader().ifPresent(header -> code.add("\n.creditsHeader($L)", SpecLiterals.string(header)));
    provider.rateLimit().ifPresent(rateLimit -> code.add("\n.rateLimitHeaders($L, $L)",
        stringOrNull(rateLimit.retryAfterHeader()), stringOrNull(rateLimit.resetAtHeader())));
    ModelFlows.v2(provider).ifPresent(v2 -> code.add("\n.v2($L)", v2Protocol(v2)));
    return code.add("\n.build()$<$<").build();
  }

  private static CodeBlock v2Protocol(SegmindV2Spec v2) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.builder()$>$>", RuntimeTypes.V2_PROTOCOL);
    v2.statuses().forEach((value, outcome) ->
        code.add("\n.status($L, $T.$L)", SpecLiterals.string(value), RuntimeTypes.JOB_STATUS_OUTCOME, outcome.name()));
    return code
        .add("\n.failedHttpStatus($L)", v2.failedHttpStatus())
        .add("\n.notFoundHttpStatus($L)", v2.notFoundHttpStatus())
        .add("\n.retention($L)", duration(v2.retention()))
        .add("\n.pollInterval($L)", duration(v2.pollInterval()))
        .add("\n.deadline($L)", duration(v2.deadline()))
        .add("\n.build()$<$<")
        .build();
  }

  private static CodeBlock duration(Duration duration) {
    return CodeBlock.of("$T.parse($S)", Duration.class, duration.toString());
  }

  /** The runtime's builders take {@code null} for an absent header or scheme. */
  private static CodeBlock stringOrNull(Optional<String> value) {
    return value.map(SpecLiterals::string).orElseGet(() -> CodeBlock.of("null"));
  }
}
