package dev.imagegen.generator.diff;

import java.util.Collection;
import java.util.SortedSet;
import java.util.TreeSet;

/** The keys of two versions of a map or list, together and in order, so every report lists them the same way. */
final class Keys {

  private Keys() {}

  static <T extends Comparable<T>> SortedSet<T> union(Collection<T> before, Collection<T> after) {
    SortedSet<T> union = new TreeSet<>(before);
    union.addAll(after);
    return union;
  }
}
