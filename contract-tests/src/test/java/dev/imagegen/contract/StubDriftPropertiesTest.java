package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.CoverageSummary;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.gen.Fixtures;
import dev.imagegen.contract.mock.Call;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.mock.Role;
import dev.imagegen.contract.mock.StubAudit;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.StatusOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicktheories.generators.Generate;

/**
 * Property m: the stubs and fixtures the properties use are true to the specs. Every stub is audited
 * when it is registered (see the "stubs audited" line of the summary); here every kind of fixture is
 * audited with random parts, and drifted fixtures must be refused with a message naming the drift.
 */
@ExtendWith(CoverageSummary.class)
class StubDriftPropertiesTest {

  private static final Property FIXTURES_TRUE = new Property(StubDriftPropertiesTest.class,
      "m. every stub and fixture the tests use validates against its spec");
  private static final Property DRIFT_REFUSED = new Property(StubDriftPropertiesTest.class,
      "m. a stub that drifts from its spec is refused, naming the drift");

  @TestFactory
  Stream<DynamicTest> everyFixtureValidatesAgainstItsSpec() {
    return FIXTURES_TRUE.forEachModel(Property.Applies.ALWAYS, Fixtures::of, (model, reply) -> {
      assertThat(StubAudit.problems(model, reply)).as("drift of %s", reply).isEmpty();
      Coverage.count("fixtures audited", reply.role().name());
    });
  }

  @TestFactory
  Stream<DynamicTest> driftedStubsAreRefused() {
    return DRIFT_REFUSED.forEachModel(Property.Applies.ALWAYS, model -> Generate.pick(drifts(model)), (model, drift) -> {
      assertThat(StubAudit.problems(model, drift.reply())).containsExactly(drift.problem());
      Coverage.count("drifts refused", drift.kind());
    });
  }

  /** A stub that breaks its spec one way, and the audit's complete complaint. */
  record Drift(String kind, Reply reply, String problem) {}

  private static List<Drift> drifts(ModelUnderTest model) {
    List<String> types = model.model().responseContentTypes();
    Reply sample = Replies.syncSample(model);
    List<Drift> drifts = new ArrayList<>(List.of(
        new Drift("undocumented status claimed documented", Reply.json(Role.DOCUMENTED_ERROR, 418, error()),
            "answers 418, which the spec does not document"),
        new Drift("documented status claimed undocumented", Reply.json(Role.UNDOCUMENTED_STATUS, 200, error()),
            "answers 200 as undocumented, but the spec documents it"),
        new Drift("header the spec does not name", sample.withHeader("x-made-up", "1"),
            "sends header x-made-up, which the spec does not name"),
        new Drift("error without its error field", Reply.json(Role.DOCUMENTED_ERROR, 200, JsonNodeFactory.instance.objectNode()),
            "body $: required property 'error' not found")));
    if (model.hasSync()) {
      drifts.add(new Drift("content type the model does not answer",
          Reply.bytes(Role.SYNC_OUTPUT, 200, "text/html", new byte[] {1}),
          "sends Content-Type text/html, not one of the model's " + types));
    }
    model.v2().ifPresent(v2 -> {
      String listed = v2.statuses().keySet().iterator().next();
      drifts.add(new Drift("listed status claimed off the list",
          Reply.json(Role.OFF_LIST_STATUS, 200, JsonNodeFactory.instance.objectNode().put("status", listed)),
          "answers status " + listed + " as off the list, but the spec lists it"));
      drifts.add(new Drift("status value the spec does not list", Replies.status("ALMOST_DONE"),
          "body $.status: does not have a value in the enumeration " + v2.statuses().keySet().stream()
              .map(status -> "\"" + status + "\"").toList()));
      JsonNode result = Call.result(model).json().orElseThrow();
      drifts.add(new Drift("documented media claimed off the shape", Reply.json(Role.JOB_RESULT_ODD_MEDIA, 200, result),
          "answers media that the spec documents as off its shape"));
      Replies.resultFields(v2).mediaFields().stream().findFirst().ifPresent(field -> drifts.add(new Drift(
          "media file without a url", Reply.json(Role.JOB_RESULT, 200, ((ObjectNode) result.deepCopy()).set(field,
              JsonNodeFactory.instance.objectNode().put("file_name", "a.png"))),
          "body $." + field + ": required property 'url' not found")));
      drifts.add(new Drift("submit answer without a request id",
          Reply.json(Role.SUBMIT_ACCEPTED, 200,
              JsonNodeFactory.instance.objectNode().put("status", Replies.statuses(v2, StatusOutcome.PENDING).get(0))),
          "body $: required property 'request_id' not found"));
    });
    return drifts;
  }

  private static ObjectNode error() {
    return JsonNodeFactory.instance.objectNode().put("error", "made up");
  }
}
