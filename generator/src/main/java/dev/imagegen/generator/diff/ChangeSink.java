package dev.imagegen.generator.diff;

import java.util.List;
import java.util.Objects;

/**
 * Collects the changes of one subject (a provider or a model), each prefixed with the part that
 * changed ({@code parameter steps: }).
 */
final class ChangeSink {

  private final List<SpecChange> changes;
  private final String subject;
  private final String prefix;

  private ChangeSink(List<SpecChange> changes, String subject, String prefix) {
    this.changes = changes;
    this.subject = subject;
    this.prefix = prefix;
  }

  /** A sink adding to {@code changes} for {@code subject}, such as {@code segmind/flux-schnell}. */
  static ChangeSink of(List<SpecChange> changes, String subject) {
    return new ChangeSink(changes, subject, "");
  }

  /** A sink for the part {@code part} of this subject, such as {@code parameter steps}. */
  ChangeSink part(String part) {
    return new ChangeSink(changes, subject, prefix + part + ": ");
  }

  void add(ChangeLevel level, String what) {
    changes.add(new SpecChange(level, subject, prefix + what));
  }

  /** {@code label before -> after} at {@code level} when the values differ ({@code 1} and {@code 1.0} do not). */
  void ifChanged(ChangeLevel level, String label, Object before, Object after) {
    ifChanged(level, label, before, after, "");
  }

  /** As {@link #ifChanged(ChangeLevel, String, Object, Object)}, with {@code suffix} after the values. */
  void ifChanged(ChangeLevel level, String label, Object before, Object after, String suffix) {
    String beforeText = ValueText.of(before);
    String afterText = ValueText.of(after);
    if (!beforeText.equals(afterText)) {
      add(level, label + " " + beforeText + " -> " + afterText + suffix);
    }
  }

  /** {@code label changed}, as a patch, when two texts differ; the texts are too long for one line. */
  void ifTextChanged(String label, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      add(ChangeLevel.PATCH, label + " changed");
    }
  }

  /** Each element only in {@code before} as {@code label X removed}, each only in {@code after} as {@code label X added}. */
  <T> void ifMembersChanged(String label, List<T> before, List<T> after, ChangeLevel removed, ChangeLevel added) {
    before.stream().filter(value -> !after.contains(value))
        .forEach(value -> add(removed, label + " " + ValueText.of(value) + " removed"));
    after.stream().filter(value -> !before.contains(value))
        .forEach(value -> add(added, label + " " + ValueText.of(value) + " added"));
  }
}
