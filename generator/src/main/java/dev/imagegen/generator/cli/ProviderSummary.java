package dev.imagegen.generator.cli;

import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.List;

/**
 * The one line the CLI and the Maven plugin print per provider, such as {@code segmind: 3 models (a, b, c), 34 parameters checked}.
 * A provider of more than {@value #LISTED} models names only its first few, so that the line stays
 * readable: {@code segmind: 100 models (a, b, c, d and 96 more), 1687 parameters checked}.
 */
public final class ProviderSummary {

  /** The most model ids one line names. */
  static final int LISTED = 5;

  private ProviderSummary() {}

  /** {@code outcome} ends the line: {@code checked}, or {@code -> <out>}. */
  public static String line(ProviderSpec provider, String outcome) {
    List<String> ids = provider.models().stream().map(ModelSpec::id).toList();
    int parameters = provider.models().stream().mapToInt(m -> m.parameters().size()).sum();
    return provider.id() + ": " + Counts.of(ids.size(), "model") + " (" + names(ids) + "), "
        + Counts.of(parameters, "parameter") + " " + outcome;
  }

  /** All of {@code ids} when they are few; else the first ones and how many more, never "and 1 more". */
  private static String names(List<String> ids) {
    if (ids.size() <= LISTED) {
      return String.join(", ", ids);
    }
    int shown = LISTED - 1;
    return String.join(", ", ids.subList(0, shown)) + " and " + (ids.size() - shown) + " more";
  }
}
