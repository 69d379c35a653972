package dev.imagegen.generator.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Each output apart from every other path of the command line: an output that is another, or lies
 * inside another, would be overwritten by it, wipe it out when replaced as a whole, or end up among the
 * specs. The two inputs, {@code --specs} and {@code --diff}, may be the same folder. The Maven plugin checks
 * its outputs the same way.
 */
public final class SeparatePaths {

  private static final Set<String> INPUTS = Set.of("--specs", "--diff");

  private SeparatePaths() {}

  /**
   * The first two paths of {@code paths} (option to path, in the order messages name them) that are one
   * or nest, such as {@code --openapi g/o.json is inside --out g; ...}; empty when all lie apart.
   */
  public static Optional<String> problem(Map<String, Path> paths) {
    List<String> options = List.copyOf(paths.keySet());
    for (int i = 0; i < options.size(); i++) {
      for (int j = i + 1; j < options.size(); j++) {
        String first = options.get(i);
        String second = options.get(j);
        if (INPUTS.contains(first) && INPUTS.contains(second)) {
          continue;
        }
        Path a = paths.get(first).toAbsolutePath().normalize();
        Path b = paths.get(second).toAbsolutePath().normalize();
        if (a.equals(b)) {
          return Optional.of(first + " " + paths.get(first) + " and " + second + " " + paths.get(second) + " are the same path");
        }
        if (b.startsWith(a) || a.startsWith(b)) {
          String inner = b.startsWith(a) ? second : first;
          String outer = inner.equals(first) ? second : first;
          return Optional.of(inner + " " + paths.get(inner) + " is inside " + outer + " " + paths.get(outer)
              + "; an output must lie apart from the other paths");
        }
      }
    }
    return Optional.empty();
  }
}
