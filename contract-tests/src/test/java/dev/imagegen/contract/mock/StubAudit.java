package dev.imagegen.contract.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a stubbed answer against the spec of its model before WireMock serves it: the status is
 * one the provider documents (or, on purpose, one it does not), the headers are the spec's, the
 * content type is one the model answers with, and a JSON body fits the schema its role derives
 * from the spec. A stub cannot drift from its spec unnoticed.
 */
public final class StubAudit {

  private static final int OK = 200;

  private StubAudit() {}

  /** Every way {@code reply} drifts from the spec of {@code model}; empty when it does not. */
  public static List<String> problems(ModelUnderTest model, Reply reply) {
    List<String> problems = new ArrayList<>();
    if (reply.role() == Role.FAULT) {
      return problems;
    }
    status(model, reply).ifPresent(problems::add);
    offList(model, reply).ifPresent(problems::add);
    oddMedia(model, reply).ifPresent(problems::add);
    headers(model.provider(), reply, problems);
    contentType(model, reply).ifPresent(problems::add);
    schema(model, reply).ifPresent(schema -> body(schema, reply, problems));
    return problems;
  }

  /** Throws when {@code reply} drifts, naming the stub and every problem. */
  public static void require(ModelUnderTest model, Reply reply) {
    List<String> problems = problems(model, reply);
    if (!problems.isEmpty()) {
      throw new AssertionError("stub of " + model.id() + " (" + reply.role() + ") drifts from its spec "
          + model.provider().location().file() + ":\n  " + String.join("\n  ", problems));
    }
  }

  private static Optional<String> status(ModelUnderTest model, Reply reply) {
    int status = reply.status();
    boolean documented = model.provider().responseCodes().containsKey(status);
    if (reply.role() == Role.UNDOCUMENTED_STATUS) {
      return documented ? Optional.of("answers " + status + " as undocumented, but the spec documents it") : Optional.empty();
    }
    if (!documented) {
      return Optional.of("answers " + status + ", which the spec does not document");
    }
    return expectedStatus(model, reply.role())
        .filter(expected -> expected != status)
        .map(expected -> "answers " + status + " where its role answers " + expected);
  }

  private static Optional<Integer> expectedStatus(ModelUnderTest model, Role role) {
    return switch (role) {
      case SYNC_OUTPUT, SYNC_OTHER_BODY, SUBMIT_ACCEPTED, JOB_STATUS, OFF_LIST_STATUS, JOB_RESULT, JOB_RESULT_ODD_MEDIA ->
          Optional.of(OK);
      case JOB_FAILED -> Optional.of(model.requireV2().failedHttpStatus());
      case JOB_NOT_FOUND -> Optional.of(model.requireV2().notFoundHttpStatus());
      default -> Optional.empty();
    };
  }

  /** A status claimed off the spec's list must not be a value the spec lists, as written. */
  private static Optional<String> offList(ModelUnderTest model, Reply reply) {
    if (reply.role() != Role.OFF_LIST_STATUS || model.v2().isEmpty()) {
      return Optional.empty();
    }
    JsonNode status = reply.json().map(json -> json.path("status")).orElse(MissingNode.getInstance());
    return status.isTextual() && model.requireV2().statuses().containsKey(status.asText())
        ? Optional.of("answers status " + status.asText() + " as off the list, but the spec lists it")
        : Optional.empty();
  }

  /** A result claimed to hold media off the documented shape must hold some. */
  private static Optional<String> oddMedia(ModelUnderTest model, Reply reply) {
    if (reply.role() != Role.JOB_RESULT_ODD_MEDIA || model.v2().isEmpty()) {
      return Optional.empty();
    }
    return reply.json().filter(json -> ResponseSchemas.mediaProblems(model.requireV2(), json).isEmpty())
        .map(json -> "answers media that the spec documents as off its shape");
  }

  private static void headers(ProviderSpec provider, Reply reply, List<String> problems) {
    Set<String> named = new HashSet<>(Set.of(Reply.CONTENT_TYPE.toLowerCase(Locale.ROOT)));
    provider.responseHeaders().ifPresent(headers ->
        headers.names().values().forEach(header -> named.add(header.toLowerCase(Locale.ROOT))));
    provider.rateLimit().ifPresent(limit -> {
      limit.retryAfterHeader().ifPresent(header -> named.add(header.toLowerCase(Locale.ROOT)));
      limit.resetAtHeader().ifPresent(header -> named.add(header.toLowerCase(Locale.ROOT)));
    });
    reply.headers().keySet().stream()
        .filter(header -> !named.contains(header.toLowerCase(Locale.ROOT)))
        .forEach(header -> problems.add("sends header " + header + ", which the spec does not name"));
  }

  private static Optional<String> contentType(ModelUnderTest model, Reply reply) {
    String type = reply.headers().get(Reply.CONTENT_TYPE);
    if (reply.role() != Role.SYNC_OUTPUT || model.model().responseContentTypes().contains(type)) {
      return Optional.empty();
    }
    return Optional.of("sends Content-Type " + type + ", not one of the model's " + model.model().responseContentTypes());
  }

  /** The schema of the role's JSON body, when the role has one. */
  private static Optional<ObjectNode> schema(ModelUnderTest model, Reply reply) {
    Function<Function<SegmindV2Spec, ObjectNode>, Optional<ObjectNode>> v2 = schema -> model.v2().map(schema);
    return switch (reply.role()) {
      case SUBMIT_ACCEPTED -> v2.apply(ResponseSchemas::submitAccepted);
      case JOB_STATUS -> v2.apply(ResponseSchemas::jobStatus);
      case OFF_LIST_STATUS -> v2.apply(spec -> ResponseSchemas.offListStatus());
      case JOB_RESULT -> v2.apply(ResponseSchemas::jobResult);
      case JOB_RESULT_ODD_MEDIA -> v2.apply(ResponseSchemas::jobResultBesidesMedia);
      case JOB_FAILED -> v2.apply(ResponseSchemas::jobFailed);
      case JOB_NOT_FOUND, DOCUMENTED_ERROR -> Optional.of(ResponseSchemas.error());
      default -> Optional.empty();
    };
  }

  private static void body(ObjectNode schema, Reply reply, List<String> problems) {
    Optional<JsonNode> json = reply.json();
    if (json.isEmpty()) {
      problems.add("sends a body that is not JSON");
      return;
    }
    JsonSchemas.problems(schema, json.get()).forEach(problem -> problems.add("body " + problem));
  }
}
