package dev.imagegen.generator.diff;

import dev.imagegen.generator.spec.AsyncSpec;
import dev.imagegen.generator.spec.CelerySpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.RateLimitSpec;
import dev.imagegen.generator.spec.ResponseHeader;
import dev.imagegen.generator.spec.ResponseHeadersSpec;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import dev.imagegen.generator.spec.SegmindV2Spec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The changes of one provider present in both spec sets, by the spec's own field names
 * ({@code baseUrl}, {@code async.pollInterval}).
 *
 * <p>Protocol fields (URLs, paths, headers, codes, statuses, timings, result fields) are minor: the regenerated
 * client follows them with no change to its callers' code. Notes and texts are patches. What breaks
 * callers mostly shows up on the models (a flow that goes); here only a provider that leaves the
 * segmind-v2 protocol does, because the generated queued calls go with it.
 */
final class ProviderDiff {

  private ProviderDiff() {}

  static void compare(ChangeSink sink, ProviderSpec before, ProviderSpec after) {
    sink.ifTextChanged("title", before.title(), after.title());
    sink.ifChanged(ChangeLevel.MINOR, "baseUrl", before.baseUrl(), after.baseUrl());
    sink.ifChanged(ChangeLevel.MINOR, "baseUrlEnv", before.baseUrlEnv(), after.baseUrlEnv());
    sink.ifChanged(ChangeLevel.MINOR, "auth.header", before.auth().header(), after.auth().header());
    sink.ifChanged(ChangeLevel.MINOR, "auth.scheme", before.auth().scheme(), after.auth().scheme());
    sink.ifChanged(ChangeLevel.MINOR, "auth.env", before.auth().env(), after.auth().env());
    sink.ifChanged(ChangeLevel.MINOR, "sync.path", before.sync().path(), after.sync().path());
    sink.ifTextChanged("sync.note", before.sync().note(), after.sync().note());
    compareAsync(sink, before.async(), after.async());
    for (int code : Keys.union(before.responseCodes().keySet(), after.responseCodes().keySet())) {
      compareCode(sink, code, before, after);
    }
    for (ResponseHeader header : ResponseHeader.values()) {
      sink.ifChanged(ChangeLevel.MINOR, "responseHeaders." + header.specName(),
          before.responseHeader(header), after.responseHeader(header));
    }
    sink.ifTextChanged("responseHeaders.note",
        before.responseHeaders().flatMap(ResponseHeadersSpec::note), after.responseHeaders().flatMap(ResponseHeadersSpec::note));
    compareRateLimit(sink, before.rateLimit(), after.rateLimit());
    sink.ifTextChanged("note", before.note(), after.note());
  }

  private static void compareCode(ChangeSink sink, int code, ProviderSpec before, ProviderSpec after) {
    String meaningBefore = before.responseCodes().get(code);
    String meaningAfter = after.responseCodes().get(code);
    if (meaningAfter == null) {
      sink.add(ChangeLevel.MINOR, "response code " + code + " removed");
    } else if (meaningBefore == null) {
      sink.add(ChangeLevel.MINOR, "response code " + code + " added");
    } else {
      sink.ifTextChanged("response code " + code + " meaning", meaningBefore, meaningAfter);
    }
  }

  private static void compareAsync(ChangeSink sink, Optional<AsyncSpec> before, Optional<AsyncSpec> after) {
    // The client's submit() and job() exist only on segmind-v2, so leaving it takes them away.
    ChangeLevel protocolChange = before.orElse(null) instanceof SegmindV2Spec ? ChangeLevel.BREAKING : ChangeLevel.MINOR;
    sink.ifChanged(protocolChange, "async.protocol", before.map(AsyncSpec::protocol), after.map(AsyncSpec::protocol));
    if (before.orElse(null) instanceof SegmindV2Spec v2Before && after.orElse(null) instanceof SegmindV2Spec v2After) {
      compareSegmindV2(sink, v2Before, v2After);
    }
    if (before.orElse(null) instanceof CelerySpec celeryBefore && after.orElse(null) instanceof CelerySpec celeryAfter) {
      sink.ifChanged(ChangeLevel.MINOR, "async.flagParameter", celeryBefore.flagParameter(), celeryAfter.flagParameter());
      sink.ifChanged(ChangeLevel.MINOR, "async.taskIdField", celeryBefore.taskIdField(), celeryAfter.taskIdField());
      sink.ifChanged(ChangeLevel.MINOR, "async.statusPath", celeryBefore.statusPath(), celeryAfter.statusPath());
    }
    if (before.isPresent() && after.isPresent() && before.get().protocol().equals(after.get().protocol())) {
      sink.ifTextChanged("async.note", before.get().note(), after.get().note());
    }
  }

  private static void compareSegmindV2(ChangeSink sink, SegmindV2Spec before, SegmindV2Spec after) {
    sink.ifChanged(ChangeLevel.MINOR, "async.submitPath", before.submitPath(), after.submitPath());
    sink.ifChanged(ChangeLevel.MINOR, "async.statusPath", before.statusPath(), after.statusPath());
    sink.ifChanged(ChangeLevel.MINOR, "async.resultPath", before.resultPath(), after.resultPath());
    for (String status : Keys.union(before.statuses().keySet(), after.statuses().keySet())) {
      sink.ifChanged(ChangeLevel.MINOR, "async.statuses." + status, outcome(before, status), outcome(after, status));
    }
    sink.ifChanged(ChangeLevel.MINOR, "async.failedHttpStatus", before.failedHttpStatus(), after.failedHttpStatus());
    sink.ifChanged(ChangeLevel.MINOR, "async.notFoundHttpStatus", before.notFoundHttpStatus(), after.notFoundHttpStatus());
    sink.ifChanged(ChangeLevel.MINOR, "async.retentionSeconds",
        before.retention().toSeconds(), after.retention().toSeconds());
    sink.ifChanged(ChangeLevel.MINOR, "async.pollInterval", before.pollInterval(), after.pollInterval());
    sink.ifChanged(ChangeLevel.MINOR, "async.deadline", before.deadline(), after.deadline());
    compareResult(sink, before.result(), after.result());
  }

  private static void compareResult(ChangeSink sink, Optional<ResultFieldsSpec> before, Optional<ResultFieldsSpec> after) {
    // Without a result block the client reads the default output field, so adding one that names it changes nothing.
    Function<Optional<ResultFieldsSpec>, String> output = result -> result.map(ResultFieldsSpec::output)
        .orElse(ResultFieldsSpec.DEFAULT_OUTPUT_FIELD);
    sink.ifChanged(ChangeLevel.MINOR, "async.result.outputField", output.apply(before), output.apply(after));
    sink.ifChanged(ChangeLevel.MINOR, "async.result.seedField",
        before.flatMap(ResultFieldsSpec::seedField), after.flatMap(ResultFieldsSpec::seedField));
    Function<Optional<ResultFieldsSpec>, List<String>> media = result -> result.map(ResultFieldsSpec::mediaFields).orElse(List.of());
    sink.ifMembersChanged("async.result.mediaFields", media.apply(before), media.apply(after), ChangeLevel.MINOR, ChangeLevel.MINOR);
    sink.ifChanged(ChangeLevel.MINOR, "async.result.metricsField",
        before.flatMap(ResultFieldsSpec::metricsField), after.flatMap(ResultFieldsSpec::metricsField));
    for (ResultMetric metric : ResultMetric.values()) {
      sink.ifChanged(ChangeLevel.MINOR, "async.result.metrics." + metric.specName(),
          before.flatMap(result -> result.metric(metric)), after.flatMap(result -> result.metric(metric)));
    }
    sink.ifTextChanged("async.result.note", before.flatMap(ResultFieldsSpec::note), after.flatMap(ResultFieldsSpec::note));
  }

  /** The outcome of {@code status} as the spec spells it ({@code pending}), if the spec has that status. */
  private static Optional<String> outcome(SegmindV2Spec v2, String status) {
    return Optional.ofNullable(v2.statuses().get(status)).map(outcome -> outcome.name().toLowerCase(Locale.ROOT));
  }

  private static void compareRateLimit(ChangeSink sink, Optional<RateLimitSpec> before, Optional<RateLimitSpec> after) {
    sink.ifChanged(ChangeLevel.MINOR, "rateLimit.retryAfterHeader",
        before.flatMap(RateLimitSpec::retryAfterHeader), after.flatMap(RateLimitSpec::retryAfterHeader));
    sink.ifChanged(ChangeLevel.MINOR, "rateLimit.resetAtHeader",
        before.flatMap(RateLimitSpec::resetAtHeader), after.flatMap(RateLimitSpec::resetAtHeader));
    sink.ifTextChanged("rateLimit.note", before.flatMap(RateLimitSpec::note), after.flatMap(RateLimitSpec::note));
  }
}
