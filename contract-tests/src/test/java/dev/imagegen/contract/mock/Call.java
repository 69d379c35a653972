package dev.imagegen.contract.mock;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.imagegen.client.GeneratedImage;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ResultMetric;
import dev.imagegen.generator.spec.StatusOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The calls a model's client makes: the sync POST, and the v2 submit POST, status GET and result
 * GET. Each can be stubbed to answer an arbitrary reply, the calls before it answering as a healthy
 * server does, so that the reply is the one the client reacts to.
 */
public enum Call {
  SYNC("POST"),
  SUBMIT("POST"),
  STATUS("GET"),
  RESULT("GET");

  /** The output of the job behind a status or result call. */
  public static final String OUTPUT = "https://cdn.example.test/out.png";

  /** The request id of the job behind a status or result call. */
  public static final String REQUEST_ID = "req 1/é?";

  private final String method;

  Call(String method) {
    this.method = method;
  }

  public String method() {
    return method;
  }

  /** True for the calls that create work, which the client never repeats. */
  public boolean createsWork() {
    return method.equals("POST");
  }

  /** The calls {@code model}'s client makes. */
  public static List<Call> of(ModelUnderTest model) {
    List<Call> calls = new ArrayList<>();
    if (model.hasSync()) {
      calls.add(SYNC);
    }
    if (model.v2().isPresent()) {
      calls.addAll(List.of(SUBMIT, STATUS, RESULT));
    }
    return calls;
  }

  /**
   * Stubs this call to answer {@code replies} in turn (the last repeated), the calls before it to
   * succeed, and a status call to be followed by a successful result.
   */
  public void answer(MockApi api, ModelUnderTest model, List<Reply> replies) {
    switch (this) {
      case SYNC -> api.sequence(model, "sync", () -> api.syncCall(model), replies);
      case SUBMIT -> api.sequence(model, "submit", () -> api.submitCall(model), replies);
      case STATUS -> api.stubJob(model, REQUEST_ID, replies, List.of(result(model)));
      case RESULT -> api.stubJob(model, REQUEST_ID, List.of(Replies.status(succeeded(model))), replies);
    }
  }

  /** What this call answers when all is well. */
  public Reply healthy(ModelUnderTest model) {
    return switch (this) {
      case SYNC -> Replies.syncSample(model);
      case SUBMIT -> Replies.submitAccepted(model, REQUEST_ID);
      case STATUS -> Replies.status(succeeded(model));
      case RESULT -> result(model);
    };
  }

  /**
   * Makes this call through {@code client} with {@code params} and reads its whole answer, as a
   * caller would: the image's bytes, or the job's result, whose output must be {@link #OUTPUT}.
   */
  public void send(GeneratedClient client, Map<String, ?> params) {
    switch (this) {
      case SYNC -> {
        if (client.generate(params) instanceof GeneratedImage image) {
          image.bytes();
        }
      }
      case SUBMIT -> client.submit(params);
      case STATUS, RESULT -> {
        String output = client.submit(params).await().output().asText();
        if (!output.equals(OUTPUT)) {
          throw new AssertionError("job output " + output + ", expected " + OUTPUT);
        }
      }
    }
  }

  /** The result every healthy result call of {@link #REQUEST_ID} answers: seed 1, every metric 1. */
  public static Reply result(ModelUnderTest model) {
    Map<ResultMetric, BigDecimal> metrics = new EnumMap<>(ResultMetric.class);
    Arrays.stream(ResultMetric.values()).forEach(metric -> metrics.put(metric, BigDecimal.ONE));
    return Replies.result(model, succeeded(model), JsonNodeFactory.instance.textNode(OUTPUT), 1, metrics);
  }

  /** The requests of this call the client sent, oldest first. */
  public List<LoggedRequest> sent(MockApi api, ModelUnderTest model) {
    Journal journal = api.journal();
    ApiPaths paths = ApiPaths.of(model);
    return switch (this) {
      case SYNC -> journal.calls(method, paths.sync());
      case SUBMIT -> journal.calls(method, paths.submit());
      case STATUS -> journal.jobCalls(paths.statusTemplate(), REQUEST_ID);
      case RESULT -> journal.jobCalls(paths.resultTemplate(), REQUEST_ID);
    };
  }

  /** How the client names this call in messages, from the last one it sent: {@code GET v2/requests/req%201/status}. */
  public String name(MockApi api, ModelUnderTest model) {
    List<LoggedRequest> sent = sent(api, model);
    return ApiPaths.of(model).callName(method, Journal.rawPath(sent.get(sent.size() - 1)));
  }

  private static String succeeded(ModelUnderTest model) {
    return Replies.statuses(model.requireV2(), StatusOutcome.SUCCEEDED).get(0);
  }
}
