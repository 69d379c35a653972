package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.StatusOutcome;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Every kind of answer the properties stub for a model, built as they build them, with random parts. */
public final class Fixtures {

  private Fixtures() {}

  public static Gen<Reply> of(ModelUnderTest model) {
    List<Gen<Reply>> kinds = new ArrayList<>();
    if (model.hasSync()) {
      kinds.add(SyncOutput.of(model).map(output -> output.reply(model)));
    }
    if (model.hasSync() && model.model().answersWithImages()) {
      kinds.add(SyncBodies.readable(model).map(body -> body.reply(model)));
      kinds.add(SyncBodies.unreadable(model).map(body -> body.reply(model)));
    }
    List<Integer> documented = model.provider().responseCodes().keySet().stream().filter(status -> status != 200).toList();
    kinds.add(Generate.pick(documented).zip(Texts.errorMessages(), (status, error) -> Replies.error(model, status, error)));
    kinds.add(integers().between(100, 599).assuming(status -> !model.provider().responseCodes().containsKey(status))
        .zip(Texts.errorMessages(), (status, error) -> Replies.error(model, status, error)));
    model.v2().ifPresent(v2 -> {
      Gen<JobScript> scripts = JobScript.of(model);
      ResultFieldsSpec fields = Replies.resultFields(v2);
      Gen<SentMetrics> metrics = SentMetrics.of(model);
      kinds.add(scripts.map(script -> Replies.submitAccepted(model, script.requestId())));
      kinds.add(Generate.pick(List.copyOf(v2.statuses().keySet())).map(Replies::status));
      kinds.add(scripts.zip(metrics, (script, sent) -> Replies.failedStatus(model, script.failed(), script.error(),
          sent.json(fields))));
      kinds.add(scripts.map(script -> script.result(model)));
      kinds.add(scripts.zip(ResultMedia.of(model), (script, media) -> script.result(model, media)));
      kinds.add(scripts.zip(metrics, (script, sent) -> Replies.failed(model, script.failed(), script.error(), sent.json(fields))));
      kinds.add(Generate.constant(Replies.notFound(model)));
      kinds.add(Generate.pick(Replies.statuses(v2, StatusOutcome.PENDING)).map(Replies::status));
      kinds.add(StatusScript.of(model).flatMap(script -> Generate.pick(script.replies(model))));
    });
    return Generate.pick(kinds).flatMap(kind -> kind).describedAs(Reply::toString);
  }
}
