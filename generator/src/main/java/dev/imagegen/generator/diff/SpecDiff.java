package dev.imagegen.generator.diff;

import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SpecSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every change between two spec sets, each classified as breaking, minor or patch (see
 * {@link ChangeLevel}), and the version bump they imply together. Pure: no I/O.
 *
 * <pre>{@code
 * SpecDiff diff = SpecDiff.between(SpecLoader.load(oldDir), SpecLoader.load(newDir));
 * System.out.print(diff.report());
 * // BREAKING segmind/flux-schnell: parameter steps: maximum 8 -> 6 (narrowed range)
 * // MINOR segmind/flux-schnell: parameter seed: default 42 -> 7 (changed default)
 * // Bump: major
 * }</pre>
 *
 * <p>The order is stable: breaking changes first, then minor, then patch; within a level by
 * provider id, model id, then the model's own fields and its parameters in name order.
 */
public final class SpecDiff {

  private final List<SpecChange> changes;

  private SpecDiff(List<SpecChange> changes) {
    this.changes = List.copyOf(changes);
  }

  /** The changes that lead from {@code before} (the published specs) to {@code after}. */
  public static SpecDiff between(SpecSet before, SpecSet after) {
    List<SpecChange> changes = new ArrayList<>();
    Map<String, ProviderSpec> providersBefore = byId(before.providers(), ProviderSpec::id);
    Map<String, ProviderSpec> providersAfter = byId(after.providers(), ProviderSpec::id);
    for (String id : Keys.union(providersBefore.keySet(), providersAfter.keySet())) {
      Optional<ProviderSpec> providerBefore = Optional.ofNullable(providersBefore.get(id));
      Optional<ProviderSpec> providerAfter = Optional.ofNullable(providersAfter.get(id));
      ChangeSink sink = ChangeSink.of(changes, id);
      if (providerAfter.isEmpty()) {
        sink.add(ChangeLevel.BREAKING, "provider removed");
      } else if (providerBefore.isEmpty()) {
        sink.add(ChangeLevel.MINOR, "provider added");
      } else {
        ProviderDiff.compare(sink, providerBefore.get(), providerAfter.get());
      }
      compareModels(changes, id, models(providerBefore), models(providerAfter));
    }
    // A stable sort: within a level, the order above (provider, model, field) stays.
    changes.sort(Comparator.comparing(SpecChange::level));
    return new SpecDiff(changes);
  }

  private static void compareModels(
      List<SpecChange> changes, String providerId, Map<String, ModelSpec> before, Map<String, ModelSpec> after) {
    for (String id : Keys.union(before.keySet(), after.keySet())) {
      ChangeSink sink = ChangeSink.of(changes, providerId + "/" + id);
      if (!after.containsKey(id)) {
        sink.add(ChangeLevel.BREAKING, "model removed");
      } else if (!before.containsKey(id)) {
        sink.add(ChangeLevel.MINOR, "model added");
      } else {
        ModelDiff.compare(sink, before.get(id), after.get(id));
      }
    }
  }

  private static Map<String, ModelSpec> models(Optional<ProviderSpec> provider) {
    return byId(provider.map(ProviderSpec::models).orElse(List.of()), ModelSpec::id);
  }

  private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
    return values.stream().collect(Collectors.toMap(id, Function.identity()));
  }

  /** Breaking first, then minor, then patch. */
  public List<SpecChange> changes() {
    return changes;
  }

  /** The largest step any change implies; {@link Bump#NONE} when nothing changed. */
  public Bump bump() {
    return changes.stream().map(change -> change.level().bump()).max(Comparator.naturalOrder()).orElse(Bump.NONE);
  }

  /** One line per change, then {@code Bump: <step>}; {@code No changes.} when there are none. Ends with a newline. */
  public String report() {
    StringBuilder report = new StringBuilder();
    if (changes.isEmpty()) {
      report.append("No changes.\n");
    }
    changes.forEach(change -> report.append(change).append('\n'));
    return report.append("Bump: ").append(bump().label()).append('\n').toString();
  }
}
