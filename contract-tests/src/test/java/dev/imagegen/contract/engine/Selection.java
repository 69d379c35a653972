package dev.imagegen.contract.engine;

import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.contract.spec.SpecFolders;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The models a run tries: every model of the specs folders, or only those {@code -Dcontract.models}
 * names (ids such as {@code segmind/flux-schnell}, comma-separated), as a replay of one model does.
 */
public final class Selection {

  private static final String PROPERTY = "contract.models";

  private Selection() {}

  /** The selected models, in reading order; an id that names no model fails the run, naming it. */
  public static List<ModelUnderTest> models() {
    Set<String> named = named();
    if (named.isEmpty()) {
      return SpecFolders.models();
    }
    List<ModelUnderTest> selected = SpecFolders.models().stream().filter(model -> named.contains(model.id())).toList();
    Set<String> found = selected.stream().map(ModelUnderTest::id).collect(Collectors.toSet());
    List<String> unknown = named.stream().filter(id -> !found.contains(id)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new IllegalStateException("-D" + PROPERTY + " names " + unknown + ", which no spec of " + SpecFolders.folders()
          + " defines");
    }
    return selected;
  }

  /** The arguments that select {@code model} alone. */
  static String replayArguments(ModelUnderTest model) {
    return "-D" + PROPERTY + "=" + model.id();
  }

  private static Set<String> named() {
    return Arrays.stream(System.getProperty(PROPERTY, "").split(",")).map(String::trim).filter(id -> !id.isEmpty())
        .collect(Collectors.toSet());
  }
}
