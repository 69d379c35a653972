package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.imagegen.contract.mock.Replies;
import dev.imagegen.contract.mock.Reply;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.contract.spec.StatusVocabulary;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.StatusOutcome;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The status answers of a job at a server whose vocabulary drifts from its spec: pending values the
 * spec lists, as written or in random case with whitespace around them (sometimes with an error
 * text), and values it does not list, with and without an error text; then a listed ending (the
 * succeeded value, or a failed one with or without an error) or none. The last answer is repeated
 * to every later status call.
 *
 * @param answers what the status calls get, in turn
 * @param ending what the last answer is, for reports: {@code succeeded}, {@code failed} or {@code none}
 * @param polls the deadline, in poll intervals
 */
public record StatusScript(List<StatusAnswer> answers, String ending, int polls) {

  private static final int MAX_ANSWERS_BEFORE_THE_END = 8;
  private static final int MAX_POLLS = 12;
  /** Whitespace a server may put around a value: the characters {@link String#trim()} takes off, all below U+0021. */
  private static final List<String> PADDING = List.of("", " ", "  ", "\t", "\n", "\r\n", " \t ");

  public StatusScript {
    answers = List.copyOf(answers);
  }

  public static Gen<StatusScript> of(ModelUnderTest model) {
    SegmindV2Spec v2 = model.requireV2();
    Gen<String> errors = Texts.errorMessages();
    // toOptionals(n) leaves n percent empty: a pending answer has an error text one time in four.
    Gen<StatusAnswer> pending = listed(v2, StatusOutcome.PENDING).zip(errors.toOptionals(75),
        (value, error) -> new StatusAnswer(value, error.orElse(null)));
    Gen<String> unlisted = unlisted(v2);
    Gen<StatusAnswer> middle = Generate.frequency(
        Pair.of(3, pending),
        Pair.of(3, unlisted.map(value -> new StatusAnswer(value, null))),
        Pair.of(1, unlisted.zip(errors, StatusAnswer::new)));
    Gen<Pair<String, StatusAnswer>> endings = Generate.frequency(
        Pair.of(2, listed(v2, StatusOutcome.SUCCEEDED).map(value -> Pair.of("succeeded", new StatusAnswer(value, null)))),
        Pair.of(1, listed(v2, StatusOutcome.FAILED).zip(errors.toOptionals(25),
            (value, error) -> Pair.of("failed", new StatusAnswer(value, error.orElse(null))))),
        Pair.of(2, pending.map(last -> Pair.of("none", last))));
    Gen<List<StatusAnswer>> before = lists().of(middle).ofSizeBetween(0, MAX_ANSWERS_BEFORE_THE_END);
    return before.zip(endings, integers().between(1, MAX_POLLS), (answers, ending, polls) -> {
      List<StatusAnswer> all = new ArrayList<>(answers);
      // No ending: the last answer of the list repeats; a pending one when the list has none.
      if (!ending._1.equals("none") || all.isEmpty()) {
        all.add(ending._2);
      }
      return new StatusScript(all, ending._1, polls);
    });
  }

  /** The answers of the status calls, the last repeated. */
  public List<Reply> replies(ModelUnderTest model) {
    return answers.stream().map(answer -> answer.reply(model)).toList();
  }

  /** A value of {@code outcome} the spec lists: as written, or in random case with whitespace around it. */
  private static Gen<String> listed(SegmindV2Spec v2, StatusOutcome outcome) {
    Gen<String> padding = Generate.pick(PADDING);
    return Generate.pick(Replies.statuses(v2, outcome)).flatMap(value -> Generate.frequency(
        Pair.of(1, Generate.constant(value)),
        Pair.of(3, Texts.inRandomCase(value).zip(padding, padding, (cased, before, after) -> before + cased + after))));
  }

  /** A value the spec does not list in any case: a word, or rarely nothing but whitespace. */
  private static Gen<String> unlisted(SegmindV2Spec v2) {
    Gen<String> words = Texts.words().flatMap(Texts::inRandomCase);
    return Generate.frequency(Pair.of(9, words), Pair.of(1, Generate.pick(PADDING)))
        .assuming(value -> StatusVocabulary.outcomeOf(v2, value).isEmpty());
  }

  @Override
  public String toString() {
    return answers + " (ending " + ending + "), deadline " + polls + " poll intervals";
  }
}
