package dev.imagegen.contract.engine;

import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.contract.spec.SpecFolders;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the run covered: per property, the models it ran for and its tries, the models it does not
 * apply to; and per facet (HTTP statuses served, faults per call, flows, breaks), how often each
 * case came up. {@link CoverageSummary} prints it when the run ends.
 */
public final class Coverage {

  private static final Map<String, Tally> PROPERTIES = new ConcurrentSkipListMap<>();
  private static final Map<String, Map<String, AtomicLong>> FACETS = new ConcurrentSkipListMap<>();

  private Coverage() {}

  /** {@code tries} tries of {@code property} passed for {@code model}. */
  static void tried(String property, ModelUnderTest model, int tries) {
    Tally tally = PROPERTIES.computeIfAbsent(property, name -> new Tally());
    tally.models.add(model.id());
    tally.tries.addAndGet(tries);
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
      out.append(String.format("%-78s %2d models x %5d tries%n", property.getKey(), tally.models.size(), tally.tries.get()));
      out.append("    ran for: ").append(tally.models).append('\n');
      if (!tally.notApplicable.isEmpty()) {
        out.append("    not applicable: ").append(tally.notApplicable).append('\n');
      }
    }
    out.append(String.format("%d properties, %d tries in all%n", PROPERTIES.size(), total));
    out.append(dropIns());
    FACETS.forEach((facet, items) -> out.append(facet).append(": ").append(sorted(items)).append('\n'));
    return out.toString();
  }

  /** The drop-in proof: the test-only folder's models, and any property that did not run for them. */
  private static String dropIns() {
    String folder = SpecFolders.testSpecs().toString();
    List<String> models = SpecFolders.models().stream().filter(model -> model.folder().equals(folder)).map(ModelUnderTest::id).toList();
    List<String> missed = new ArrayList<>();
    PROPERTIES.forEach((property, tally) -> models.stream()
        .filter(model -> !tally.models.contains(model) && !tally.notApplicable.contains(model))
        .forEach(model -> missed.add(property + " / " + model)));
    return "drop-in models (" + folder + "): " + models + "; properties that did not run for them: "
        + (missed.isEmpty() ? "none" : missed) + "\n";
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
  }
}
