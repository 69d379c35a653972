package dev.imagegen.generator.load;

import dev.imagegen.generator.spec.CelerySpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.ResponseHeader;
import dev.imagegen.generator.spec.ResponseHeadersSpec;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.SpecLocation;
import dev.imagegen.generator.spec.StatusOutcome;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a provider beyond what the schema can say: its id names its folder, its base URL can be called,
 * its path templates hold the right placeholders, each response header carries one fact, every status
 * outcome is reachable, polling fits in the deadline, and result metrics have an object to live in.
 */
final class ProviderChecks {

  private ProviderChecks() {}

  static void check(ProviderSpec provider, SpecFile file, ErrorCollector errors) {
    if (!provider.id().equals(file.folderName())) {
      errors.add(file.at("/id"), SpecValues.show(provider.id()) + " does not match the folder name " + file.folderName());
    }
    checkBaseUrl(provider.baseUrl(), file.at("/baseUrl"), errors);
    PathTemplate.check(provider.sync().path(), "model", false, file.at("/sync/path"), errors);
    provider.responseHeaders().ifPresent(headers -> checkResponseHeaders(headers, file.at("/responseHeaders"), errors));
    provider.async().ifPresent(async -> {
      SpecLocation at = file.at("/async");
      if (async instanceof SegmindV2Spec v2) {
        checkSegmindV2(v2, at, errors);
      } else if (async instanceof CelerySpec celery) {
        PathTemplate.check(celery.statusPath(), "task_id", true, at.child("statusPath"), errors);
      }
    });
  }

  /** A URL the client can call: it parses, names a host, and has no query or fragment for paths to follow. */
  private static void checkBaseUrl(String baseUrl, SpecLocation at, ErrorCollector errors) {
    SpecUrls.parse(baseUrl, at, errors)
        .filter(uri -> uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null)
        .ifPresent(uri -> errors.add(at, SpecValues.show(baseUrl) + " is not a base URL: it needs a host, and no query or fragment"));
  }

  /** A header named twice, in any case (header names ignore case), is reported where it is named the second time. */
  private static void checkResponseHeaders(ResponseHeadersSpec headers, SpecLocation at, ErrorCollector errors) {
    Map<String, ResponseHeader> seen = new HashMap<>();
    headers.names().forEach((header, name) -> {
      ResponseHeader first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), header);
      if (first != null) {
        errors.add(at.child(header.specName()), SpecValues.show(name) + " names the same header as " + first.specName()
            + "; each header carries one fact, and header names ignore case");
      }
    });
  }

  private static void checkSegmindV2(SegmindV2Spec v2, SpecLocation at, ErrorCollector errors) {
    PathTemplate.check(v2.submitPath(), "model", false, at.child("submitPath"), errors);
    PathTemplate.check(v2.statusPath(), "request_id", true, at.child("statusPath"), errors);
    PathTemplate.check(v2.resultPath(), "request_id", true, at.child("resultPath"), errors);
    Arrays.stream(StatusOutcome.values())
        .filter(outcome -> !v2.statuses().containsValue(outcome))
        .forEach(outcome -> errors.add(at.child("statuses"), "no status has the outcome " + outcome.name().toLowerCase(Locale.ROOT)));
    if (v2.failedHttpStatus() == v2.notFoundHttpStatus()) {
      errors.add(at.child("notFoundHttpStatus"), v2.notFoundHttpStatus() + " is also the failedHttpStatus; the client"
          + " must tell a failed job from an unknown request id");
    }
    if (v2.pollInterval().compareTo(v2.deadline()) > 0) {
      errors.add(at.child("pollInterval"), "\"" + v2.pollInterval() + "\" is longer than the deadline \"" + v2.deadline() + "\"");
    }
    v2.result().ifPresent(result -> checkResult(result, at.child("result"), errors));
  }

  /** The client reads metrics only inside the metrics object, so metrics without one would never be read. */
  private static void checkResult(ResultFieldsSpec result, SpecLocation at, ErrorCollector errors) {
    if (!result.metrics().isEmpty() && result.metricsField().isEmpty()) {
      errors.add(at.child("metrics"), "needs metricsField, the field of the result that holds the metrics object");
    }
  }
}
