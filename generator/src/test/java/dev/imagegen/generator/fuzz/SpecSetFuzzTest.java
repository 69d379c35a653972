package dev.imagegen.generator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the generator with random valid spec sets full of hostile text, names and numbers (see
 * {@link SpecSetGenerator}): each set is loaded, emitted, compiled with {@code javac --release 11}
 * and exported. The loader may refuse a set, with short one-line errors; an accepted set must neither
 * crash anything nor give code that fails to compile or draws a lint warning.
 *
 * <p>{@value #DEFAULT_SETS} sets by default, from a random seed printed first. {@code -Dfuzz.sets=N}
 * runs more; {@code -Dfuzz.seed=S} starts at seed {@code S}, so {@code -Dfuzz.seed=S -Dfuzz.sets=1}
 * replays one set. Every failure kind is reported once, with the seed of its smallest set and the
 * command that replays it; the sets that failed are kept under {@code java.io.tmpdir/imagegen-fuzz}.
 */
class SpecSetFuzzTest {

  private static final int DEFAULT_SETS = 25;

  @Test
  void randomSpecSetsAreRefusedCleanlyOrCompile(@TempDir Path work) throws IOException {
    int sets = Integer.getInteger("fuzz.sets", DEFAULT_SETS);
    long firstSeed = Long.getLong("fuzz.seed", new SplittableRandom().nextLong());
    System.out.println("SpecSetFuzzTest: " + sets + " spec sets from seed " + firstSeed);
    GeneratedCodeCompiler compiler = GeneratedCodeCompiler.withRuntimeIn(Files.createDirectories(work.resolve("runtime")));
    List<FuzzFailure> failures = new ArrayList<>();
    Map<String, Integer> refusals = new TreeMap<>();
    int refused = 0;
    // The first set has the first seed, so that a failure replays alone; the later seeds are drawn from it.
    SplittableRandom laterSeeds = new SplittableRandom(firstSeed);
    for (int i = 0; i < sets; i++) {
      long seed = i == 0 ? firstSeed : laterSeeds.nextLong();
      Path setDir = work.resolve(Long.toUnsignedString(seed, 16));
      SpecSetRun.Outcome outcome = SpecSetRun.run(SpecSetGenerator.generate(seed), setDir, compiler);
      refused += outcome.refused() ? 1 : 0;
      outcome.refusalShapes().forEach(shape -> refusals.merge(shape, 1, Integer::sum));
      if (!outcome.failures().isEmpty()) {
        keep(setDir.resolve("specs"), seed);
      }
      failures.addAll(outcome.failures());
      delete(setDir);
    }
    System.out.println("SpecSetFuzzTest: " + sets + " sets, " + refused + " refused by the loader, "
        + failures.stream().map(FuzzFailure::seed).distinct().count() + " broke the generator");
    refusals.forEach((shape, count) -> System.out.println("  refused " + count + "x: " + shape));
    assertThat(failures.isEmpty()).as(report(failures)).isTrue();
  }

  /** One entry per failure kind, with its smallest set, and how many sets failed that way. */
  private static String report(List<FuzzFailure> failures) {
    Map<String, List<FuzzFailure>> byKind = failures.stream()
        .collect(Collectors.groupingBy(FuzzFailure::kind, TreeMap::new, Collectors.toList()));
    return byKind.size() + " kinds of failure\n\n" + byKind.values().stream()
        .map(all -> all.stream().min(Comparator.comparingLong(FuzzFailure::setBytes)).orElseThrow().describe()
            + "\n  (" + all.size() + " sets failed this way)")
        .collect(Collectors.joining("\n\n"));
  }

  /** Copies a failed set to {@code java.io.tmpdir/imagegen-fuzz/<seed>}, which the test's temp folder is not. */
  private static void keep(Path specsDir, long seed) throws IOException {
    Path kept = Path.of(System.getProperty("java.io.tmpdir"), "imagegen-fuzz", Long.toString(seed), "specs");
    delete(kept);
    forEachPath(specsDir, paths -> paths.forEach(path -> copy(path, kept.resolve(specsDir.relativize(path).toString()))));
    System.out.println("SpecSetFuzzTest: seed " + seed + " failed; its specs are in " + kept);
  }

  private static void copy(Path from, Path to) {
    try {
      if (Files.isDirectory(from)) {
        Files.createDirectories(to);
      } else {
        Files.copy(from, to);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      forEachPath(dir, paths -> paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete()));
    }
  }

  private static void forEachPath(Path dir, Consumer<Stream<Path>> action) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      action.accept(paths);
    }
  }
}
