package dev.imagegen.generator.export.wiremock;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.SyncEndpoint;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.ResultMetric;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.StatusOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Segmind's v2 flow for one model, as a WireMock scenario named after the job's request id.
 *
 * <p>A valid submit answers with a fixed request id ({@code req-flux-schnell-0001}) and (re)starts
 * the scenario. Each status poll then walks the spec's pending statuses in order ({@code QUEUED},
 * {@code PROCESSING}) and stays at the first succeeded one ({@code COMPLETED}). The result answers
 * 200 with the output URL of the sample image in the spec's output field, and each further field the
 * spec's {@code async.result} declares: the seed, the sample image as the first media field's one
 * file, and every declared metric.
 */
final class SegmindV2Stubs {

  /** The inference time every stubbed result reports, in seconds. */
  static final double INFERENCE_TIME_SECONDS = 1.5;

  private static final double QUEUE_TIME_SECONDS = 0.25;

  private static final String REQUEST_ID_PLACEHOLDER = "{request_id}";

  private SegmindV2Stubs() {}

  /** The request id the submit stub of {@code model} answers with. */
  static String requestId(ModelSpec model) {
    return "req-" + model.id() + "-0001";
  }

  static List<Stub> of(SegmindV2Spec v2, ModelSample sample) throws ExportException {
    List<Stub> stubs = new ArrayList<>();
    stubs.add(submit(v2, sample));
    stubs.addAll(statusPolls(v2, sample));
    stubs.add(result(v2, sample));
    stubs.add(ErrorStubs.invalidBody(sample.provider(), SyncEndpoint.modelPath(v2.submitPath(), sample.model())));
    return stubs;
  }

  private static Stub submit(SegmindV2Spec v2, ModelSample sample) throws ExportException {
    String requestId = requestId(sample.model());
    String statusUrl = WireMockExporter.BASE_URL_TEMPLATE + jobPath(v2.statusPath(), requestId);
    Mapping mapping = Mapping.of(sample.stubPrefix() + ": v2 submit with a valid body", Mapping.VALID, "POST")
        .inScenario(scenario(sample), Optional.empty(), Optional.of(Mapping.STARTED));
    mapping.request().put("urlPath", SyncEndpoint.modelPath(v2.submitPath(), sample.model()));
    RequestPatterns.authorized(mapping.request(), sample.provider());
    RequestPatterns.validBody(mapping.request(), sample.model());
    ObjectNode body = jsonAnswer(mapping);
    body.put("request_id", requestId);
    body.put("status", pollSequence(sample.provider(), v2).get(0));
    body.put("status_url", statusUrl);
    body.put("response_url", WireMockExporter.BASE_URL_TEMPLATE + jobPath(v2.resultPath(), requestId));
    body.put("poll_url", statusUrl);
    mapping.templated();
    return mapping.toStub(sample.stubPrefix() + "-async-submit");
  }

  /** One stub per poll: poll i answers status i and moves the scenario on to state i + 1. */
  private static List<Stub> statusPolls(SegmindV2Spec v2, ModelSample sample) throws ExportException {
    List<String> sequence = pollSequence(sample.provider(), v2);
    List<Stub> stubs = new ArrayList<>();
    for (int i = 0; i < sequence.size(); i++) {
      String status = sequence.get(i);
      Optional<String> next = i + 1 < sequence.size() ? Optional.of(sequence.get(i + 1)) : Optional.empty();
      Mapping mapping = Mapping.of(sample.stubPrefix() + ": v2 status poll " + (i + 1) + " answers " + status,
              Mapping.VALID, "GET")
          .inScenario(scenario(sample), Optional.of(i == 0 ? Mapping.STARTED : status), next);
      getJob(mapping, sample, v2.statusPath());
      jsonAnswer(mapping).put("status", status);
      String name = sample.stubPrefix() + "-async-status-" + (i + 1) + "-" + status.toLowerCase(Locale.ROOT);
      stubs.add(mapping.toStub(name));
    }
    return stubs;
  }

  private static Stub result(SegmindV2Spec v2, ModelSample sample) throws ExportException {
    Mapping mapping = Mapping.of(sample.stubPrefix() + ": v2 result", Mapping.VALID, "GET");
    getJob(mapping, sample, v2.resultPath());
    ObjectNode body = jsonAnswer(mapping);
    body.put("status", succeeded(sample.provider(), v2));
    Optional<ResultFieldsSpec> fields = v2.result();
    body.put(fields.map(ResultFieldsSpec::output).orElse(ResultFieldsSpec.DEFAULT_OUTPUT_FIELD), sample.outputUrl());
    fields.ifPresent(declared -> {
      declared.seedField().ifPresent(field -> body.put(field, Long.parseLong(SyncStubs.SEED)));
      declared.mediaFields().stream().findFirst().ifPresent(field -> body.putArray(field).add(mediaFile(body, sample)));
      declared.metricsField().ifPresent(field -> {
        ObjectNode metrics = body.putObject(field);
        declared.metrics().forEach((metric, name) -> metrics.put(name, sampleValue(metric)));
      });
    });
    mapping.templated();
    return mapping.toStub(sample.stubPrefix() + "-async-result");
  }

  /** The sample image as a hosted media file: {@code {url, content_type, file_name, file_size}}. */
  private static ObjectNode mediaFile(ObjectNode body, ModelSample sample) {
    return body.objectNode()
        .put("url", sample.outputUrl())
        .put("content_type", sample.image().contentType())
        .put("file_name", sample.fileName())
        .put("file_size", sample.image().bytes().length);
  }

  /** What every stubbed result reports for {@code metric}: the sync stubs' cost and credits, and timings that add up. */
  private static double sampleValue(ResultMetric metric) {
    return switch (metric) {
      case COST -> Double.parseDouble(SyncStubs.COST);
      case REMAINING_CREDITS -> Double.parseDouble(SyncStubs.REMAINING_CREDITS);
      case INFERENCE_TIME -> INFERENCE_TIME_SECONDS;
      case QUEUE_TIME -> QUEUE_TIME_SECONDS;
      case TOTAL_TIME -> INFERENCE_TIME_SECONDS + QUEUE_TIME_SECONDS;
      case RETRY_COUNT -> 0;
    };
  }

  private static void getJob(Mapping mapping, ModelSample sample, String pathTemplate) {
    mapping.request().put("urlPath", jobPath(pathTemplate, requestId(sample.model())));
    RequestPatterns.authorized(mapping.request(), sample.provider());
  }

  /** A 200 JSON answer; returns its body to fill in. */
  private static ObjectNode jsonAnswer(Mapping mapping) {
    ObjectNode response = mapping.response();
    response.put("status", 200);
    response.set("headers", RequestPatterns.jsonHeaders());
    return response.putObject("jsonBody");
  }

  /** The pending statuses in spec order, then the first succeeded one. */
  static List<String> pollSequence(ProviderSpec provider, SegmindV2Spec v2) throws ExportException {
    List<String> sequence = new ArrayList<>();
    v2.statuses().forEach((status, outcome) -> {
      if (outcome == StatusOutcome.PENDING) {
        sequence.add(status);
      }
    });
    sequence.add(succeeded(provider, v2));
    return sequence;
  }

  private static String succeeded(ProviderSpec provider, SegmindV2Spec v2) throws ExportException {
    return v2.statuses().entrySet().stream()
        .filter(status -> status.getValue() == StatusOutcome.SUCCEEDED)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow(() -> new ExportException("WireMock export: provider '" + provider.id()
            + "': async.statuses has no succeeded status, so no stubbed job could complete"));
  }

  private static String scenario(ModelSample sample) {
    return sample.provider().id() + " " + requestId(sample.model());
  }

  private static String jobPath(String template, String requestId) {
    return template.replace(REQUEST_ID_PLACEHOLDER, requestId);
  }
}
