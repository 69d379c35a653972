package dev.imagegen.generator.diff;

import dev.imagegen.generator.spec.Flow;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The changes of one model present in both spec sets: its texts, flows, content types and the kind
 * of answer they give, fixed fields, then its parameters in name order.
 */
final class ModelDiff {

  private ModelDiff() {}

  static void compare(ChangeSink sink, ModelSpec before, ModelSpec after) {
    sink.ifTextChanged("title", before.title(), after.title());
    sink.ifTextChanged("summary", before.summary(), after.summary());
    sink.ifTextChanged("source", before.source(), after.source());
    sink.ifTextChanged("note", before.note(), after.note());
    // A flow that goes takes its generate() or submit() method with it.
    sink.ifMembersChanged("flow", flows(before), flows(after), ChangeLevel.BREAKING, ChangeLevel.MINOR);
    sink.ifMembersChanged("response content type", before.responseContentTypes(), after.responseContentTypes(),
        ChangeLevel.MINOR, ChangeLevel.MINOR);
    // The kind of answer is the return type of generate(): GeneratedImage or JsonResponse.
    if (before.supports(Flow.SYNC) && after.supports(Flow.SYNC) && before.answersWithImages() != after.answersWithImages()) {
      sink.add(ChangeLevel.BREAKING, "sync answer " + answer(before) + " -> " + answer(after) + " (changed type)");
    }
    for (String field : Keys.union(before.fixedFields().keySet(), after.fixedFields().keySet())) {
      sink.ifChanged(ChangeLevel.MINOR, "fixed field " + field,
          Optional.ofNullable(before.fixedFields().get(field)), Optional.ofNullable(after.fixedFields().get(field)));
    }
    for (String name : Keys.union(names(before), names(after))) {
      compareParameter(sink, name, before.parameter(name), after.parameter(name));
    }
  }

  /** One parameter name: removed, added (breaking when required), or present in both and compared. */
  private static void compareParameter(
      ChangeSink sink, String name, Optional<ParameterSpec> before, Optional<ParameterSpec> after) {
    if (after.isEmpty()) {
      sink.add(ChangeLevel.BREAKING, "parameter " + name + " removed");
    } else if (before.isEmpty()) {
      if (after.get().required()) {
        sink.add(ChangeLevel.BREAKING, "parameter " + name + " added as required (newly required parameter)");
      } else {
        sink.add(ChangeLevel.MINOR, "parameter " + name + " added as optional");
      }
    } else {
      ParameterDiff.compare(sink.part("parameter " + name), before.get(), after.get());
    }
  }

  private static String answer(ModelSpec model) {
    return model.answersWithImages() ? "images" : "JSON";
  }

  private static List<String> flows(ModelSpec model) {
    return model.flows().stream().sorted().map(flow -> flow.name().toLowerCase(Locale.ROOT)).toList();
  }

  private static List<String> names(ModelSpec model) {
    return model.parameters().stream().map(ParameterSpec::name).toList();
  }
}
