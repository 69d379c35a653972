package dev.imagegen.generator.diff;

import java.util.Locale;

/** The step a client's version takes for a set of spec changes, in Semantic Versioning terms. */
public enum Bump {
  NONE,
  PATCH,
  MINOR,
  MAJOR;

  /** {@code major}, {@code minor}, {@code patch} or {@code none}, as the report prints it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
