package dev.imagegen.generator.diff;

import java.util.Objects;

/**
 * One change between two spec sets. {@code toString()} is its report line:
 * {@code BREAKING segmind/flux-schnell: parameter steps: maximum 8 -> 6 (narrowed range)}.
 *
 * @param subject the provider ({@code segmind}) or model ({@code segmind/flux-schnell}) that changed
 * @param what what changed, such as {@code parameter steps: maximum 8 -> 6 (narrowed range)}
 */
public record SpecChange(ChangeLevel level, String subject, String what) {
  public SpecChange {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(what, "what");
  }

  @Override
  public String toString() {
    return level + " " + subject + ": " + what;
  }
}
