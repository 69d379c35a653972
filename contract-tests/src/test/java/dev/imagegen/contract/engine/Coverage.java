package dev.imagegen.contract.engine;

import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.contract.spec.SpecFolders;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * What the run covered: per property, the models it ran for and its tries, the models it does not
 * apply to; and per facet (HTTP statuses served, faults per call, flows, breaks), how often each
 * case came up. {@link CoverageSummary} prints it when the run ends.
 */
public final class Coverage {

  /** Lists longer than this (of models, with 1,000 specs) are cut short in the summary. */
  private static final int LISTED = 10;

  private static final Map<String, Tally> PROPERTIES = new ConcurrentSkipListMap<>();
  private static final Map<String, Map<String, AtomicLong>> FACETS = new ConcurrentSkipListMap<>();

  private Coverage() {}

  /** {@code tries} tries of {@code property} passed for {@code model}. */
  static void tried(String property, ModelUnderTest model, int tries) {
    PROPERTIES.computeIfAbsent(property, name -> new Tally()).add(model.id(), tries);
  }

  /** {@code property} does not apply to {@code model}, such as a v2 property to a sync-only model. */
  static void notApplicable(String property, ModelUnderTest model) {
    PROPERTIES.computeIfAbsent(property, name -> new Tally()).notApplicable.add(model.id());
  }

  /** One more occurrence of {@code item} in {@code facet}, such as status 503 in "statuses served". */
  public static void count(String facet, String item) {
    FACETS.computeIfAbsent(facet, name -> new ConcurrentHashMap<>()).computeIfAbsent(item, name -> new AtomicLong()).incrementAndGet();
  }

  /** One more occurrence of a facet that has no items. */
  public static void count(String facet) {
    count(facet, "");
  }

  /** The report: properties x models x tries, then each facet's items with their counts. */
  static String summary() {
    StringBuilder out = new StringBuilder("\n==== Contract test coverage ====\n");
    long total = 0;
    for (Map.Entry<String, Tally> property : PROPERTIES.entrySet()) {
      Tally tally = property.getValue();
      total += tally.tries.get();
      out.append(String.format("%-78s %4d models x %6d tries (%s per model)%n", property.getKey(), tally.models.size(),
          tally.tries.get(), tally.range()));
      out.append("    ran for: ").append(few(tally.models)).append('\n');
      if (!tally.notApplicable.isEmpty()) {
        out.append("    not applicable: ").append(few(tally.notApplicable)).append('\n');
      }
    }
    out.append(String.format("%d properties, %d tries in all%n", PROPERTIES.size(), total));
    List<String> selected = Selection.models().stream().map(ModelUnderTest::id).toList();
    out.append(selected.size()).append(" models; properties that did not run for one of them: ").append(missed(selected)).append('\n');
    out.append(dropIns());
    FACETS.forEach((facet, items) -> out.append(facet).append(": ").append(sorted(items)).append('\n'));
    return out.toString();
  }

  /** The drop-in proof: the test-only folder's models, and any property that did not run for them. */
  private static String dropIns() {
    String folder = SpecFolders.testSpecs().toString();
    List<String> models = Selection.models().stream().filter(model -> model.folder().equals(folder)).map(ModelUnderTest::id).toList();
    return "drop-in models (" + folder + "): " + models + "; properties that did not run for them: " + missed(models) + "\n";
  }

  /** Each property and model of {@code models} that the property neither ran for nor found not applicable; "none" when none. */
  private static String missed(List<String> models) {
    List<String> missed = new ArrayList<>();
    PROPERTIES.forEach((property, tally) -> models.stream()
        .filter(model -> !tally.models.contains(model) && !tally.notApplicable.contains(model))
        .forEach(model -> missed.add(property + " / " + model)));
    return missed.isEmpty() ? "none" : few(missed);
  }

  /** The first {@value #LISTED} items, and how many there are in all when there are more. */
  private static String few(Collection<String> items) {
    if (items.size() <= LISTED) {
      return items.toString();
    }
    return items.stream().limit(LISTED).collect(Collectors.joining(", ", "[", ", ...]")) + " (" + items.size() + " in all)";
  }

  private static Map<String, Long> sorted(Map<String, AtomicLong> items) {
    Map<String, Long> sorted = new TreeMap<>();
    items.forEach((item, count) -> sorted.put(item.isEmpty() ? "count" : item, count.get()));
    return sorted;
  }

  private static final class Tally {
    final Set<String> models = new ConcurrentSkipListSet<>();
    final Set<String> notApplicable = new ConcurrentSkipListSet<>();
    final AtomicLong tries = new AtomicLong();
    final AtomicInteger fewest = new AtomicInteger(Integer.MAX_VALUE);
    final AtomicInteger most = new AtomicInteger();

    void add(String model, int modelTries) {
      models.add(model);
      tries.addAndGet(modelTries);
      fewest.accumulateAndGet(modelTries, Math::min);
      most.accumulateAndGet(modelTries, Math::max);
    }

    /** The fewest and most tries a model had, such as "1-2". */
    String range() {
      return models.isEmpty() ? "no tries" : fewest.get() == most.get() ? String.valueOf(most.get()) : fewest.get() + "-" + most.get();
    }
  }
}
