package dev.imagegen.generator.export.wiremock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.export.SyncEndpoint;
import dev.imagegen.generator.spec.CelerySpec;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.ResponseHeader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stubs of one sync endpoint: for each model, a valid body (its schema, and its fixed fields
 * such as {@code app_id} on a shared path) gets 200 with the sample image and every response header
 * the provider declares (request id, cost, credits, generation time, seed), or a JSON body pointing
 * at the image for a model that answers with JSON; with the provider's queue flag
 * ({@code celery: true}) it gets the task id instead. Any other body gets 400.
 */
final class SyncStubs {

  /** The credit balance every stubbed answer reports. */
  static final String REMAINING_CREDITS = "1000";

  /** What every stubbed call costs, in credits. */
  static final String COST = "0.05";

  /** The seed every stubbed call reports. */
  static final String SEED = "42";

  private SyncStubs() {}

  static List<Stub> of(SyncEndpoint endpoint, Map<ModelSpec, ModelSample> samples) {
    List<Stub> stubs = new ArrayList<>();
    for (ModelSpec model : endpoint.models()) {
      ModelSample sample = samples.get(model);
      stubs.add(valid(endpoint, sample));
      queued(endpoint, sample).ifPresent(stubs::add);
    }
    stubs.add(ErrorStubs.invalidBody(endpoint.provider(), endpoint.path()));
    return stubs;
  }

  private static Stub valid(SyncEndpoint endpoint, ModelSample sample) {
    ProviderSpec provider = endpoint.provider();
    Mapping mapping = validRequest(endpoint, sample, Mapping.VALID, "a valid body");
    ObjectNode response = mapping.response();
    response.put("status", 200);
    ObjectNode headers = response.putObject("headers");
    headers.put("Content-Type", sample.syncAnswersJson() ? "application/json" : sample.image().contentType());
    provider.responseHeaders().ifPresent(declared ->
        declared.names().forEach((header, name) -> headers.put(name, headerValue(header, sample))));
    if (sample.syncAnswersJson()) {
      // The seed documents no body; the mock points at the sample image the way a media URL would.
      response.putObject("jsonBody").putArray("output").add(sample.outputUrl());
      mapping.templated();
    } else {
      response.put("bodyFileName", sample.fileName());
    }
    return mapping.toStub(sample.stubPrefix() + "-sync");
  }

  /** A plausible value of {@code header} on the sync answer of the sample's model. */
  private static String headerValue(ResponseHeader header, ModelSample sample) {
    return switch (header) {
      case REQUEST_ID -> "sync-" + sample.model().id() + "-0001";
      case COST -> COST;
      case REMAINING_CREDITS -> REMAINING_CREDITS;
      // The same time a v2 result of the mock reports.
      case GENERATION_TIME -> Double.toString(SegmindV2Stubs.INFERENCE_TIME_SECONDS);
      case SEED -> SEED;
    };
  }

  /** With the provider's queue flag set, Qolaba answers with a task id. */
  private static Optional<Stub> queued(SyncEndpoint endpoint, ModelSample sample) {
    return endpoint.provider().async()
        .filter(CelerySpec.class::isInstance)
        .map(CelerySpec.class::cast)
        .filter(celery -> sample.model().parameter(celery.flagParameter()).isPresent())
        .map(celery -> {
          Mapping mapping = validRequest(endpoint, sample, Mapping.SPECIFIC, celery.flagParameter() + " set");
          RequestPatterns.jsonPathEquals(mapping.request(), "$." + celery.flagParameter(), "true");
          ObjectNode response = mapping.response();
          response.put("status", 200);
          response.set("headers", RequestPatterns.jsonHeaders());
          response.putObject("jsonBody").put(celery.taskIdField(), "task-" + sample.model().id() + "-0001");
          return mapping.toStub(sample.stubPrefix() + "-sync-queued");
        });
  }

  private static Mapping validRequest(SyncEndpoint endpoint, ModelSample sample, int priority, String what) {
    Mapping mapping = Mapping.of(
        sample.stubPrefix() + ": sync call with " + what, priority, "POST");
    mapping.request().put("urlPath", endpoint.path());
    RequestPatterns.authorized(mapping.request(), endpoint.provider());
    RequestPatterns.validBody(mapping.request(), sample.model());
    return mapping;
  }
}
