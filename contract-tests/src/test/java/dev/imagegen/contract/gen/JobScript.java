package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ResultMetric;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.StatusOutcome;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * How one v2 job goes at the server: its request id, the pending statuses its first polls see (in
 * random order and number, from the spec), the status it ends with, its output, seed and metrics.
 *
 * @param pending what the first polls answer, one status each
 * @param succeeded the spec's succeeded status the job reaches
 * @param failed a failed status of the spec, for scripts that end in failure
 * @param error the server's error text, for scripts that end in failure
 * @param metrics a value of every metric, of which the result sends those its spec names: credits with up
 *     to four decimals, times in seconds to the millisecond, the retry count whole
 */
public record JobScript(String requestId, List<String> pending, String succeeded, String failed, String error,
    JsonNode output, long seed, Map<ResultMetric, BigDecimal> metrics) {

  /** Up to this many pending polls before the job ends. */
  private static final int MAX_PENDING = 6;

  public JobScript {
    pending = List.copyOf(pending);
    metrics = Collections.unmodifiableMap(new EnumMap<>(metrics));
  }

  public static Gen<JobScript> of(ModelUnderTest model) {
    SegmindV2Spec v2 = model.requireV2();
    Gen<List<String>> pending = lists().of(Generate.pick(Replies.statuses(v2, StatusOutcome.PENDING)))
        .ofSizeBetween(0, MAX_PENDING);
    Gen<String> succeeded = Generate.pick(Replies.statuses(v2, StatusOutcome.SUCCEEDED));
    Gen<String> failed = Generate.pick(Replies.statuses(v2, StatusOutcome.FAILED));
    Gen<JsonNode> output = Texts.words().zip(integers().between(0, 2), JobScript::output);
    Gen<String> ids = Texts.requestIds();
    Gen<Long> seeds = longs().all();
    Gen<Map<ResultMetric, BigDecimal>> metrics = MetricValues.all();
    return random -> new JobScript(ids.generate(random), pending.generate(random), succeeded.generate(random),
        failed.generate(random), Texts.errorMessages().generate(random), output.generate(random), seeds.generate(random),
        metrics.generate(random));
  }

  /** A media URL, a list of them, or a base64 string: the forms Segmind's outputs take. */
  private static JsonNode output(String word, int form) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (form) {
      case 0 -> nodes.textNode("https://cdn.example.test/" + word + ".png");
      case 1 -> nodes.arrayNode().add("https://cdn.example.test/" + word + "-1.png").add("https://cdn.example.test/" + word + "-2.png");
      default -> nodes.textNode(Base64.getEncoder().encodeToString(word.getBytes(StandardCharsets.UTF_8)));
    };
  }

  /** The answers of the first polls, one pending status each, then {@code last}. */
  public List<Reply> pendingThen(Reply last) {
    List<Reply> replies = new ArrayList<>(pending.stream().map(Replies::status).toList());
    replies.add(last);
    return replies;
  }

  /** The answers of the polls of a job that completes: the pending statuses, then the succeeded one. */
  public List<Reply> completingStatuses() {
    return pendingThen(Replies.status(succeeded));
  }

  /** The answer of the result call of a job that completed, in the fields {@code model}'s spec names. */
  public Reply result(ModelUnderTest model) {
    return Replies.result(model, succeeded, output, seed, metrics);
  }

  /** As {@link #result(ModelUnderTest)}, with {@code media} in the fields it names. */
  public Reply result(ModelUnderTest model, ResultMedia media) {
    return Replies.result(model, succeeded, output, seed, metrics, media.fields());
  }

  /** Status calls the job needs to end: one per pending status, then the one that sees it end. */
  public int statusCalls() {
    return pending.size() + 1;
  }

  @Override
  public String toString() {
    return "job " + requestId + ": " + pending + " then " + succeeded + "/" + failed + " (error \"" + error + "\"), output "
        + output + ", seed " + seed + ", metrics " + metrics;
  }
}
