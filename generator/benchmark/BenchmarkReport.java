import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.ToDoubleFunction;

/**
 * Prints the medians, the ratios and the PASS/FAIL of every target from the runs that
 * {@code generation.sh} recorded.
 *
 * <p>Run as a single-file program: {@code java BenchmarkReport.java RUNS.tsv}. Each line of the file is
 * one whole-process run: {@code case, tool, run number, exit ("0", another status or "timeout"),
 * wall seconds, user CPU seconds, system CPU seconds, peak RSS in KiB, note}, separated by tabs.
 * Exit status 0 when every target passes, 1 when one fails, 2 when the file cannot be read.
 */
public final class BenchmarkReport {
  static final String OPENAPI_GENERATOR = "openapi-generator";
  static final String IMAGEGEN = "imagegen";

  private BenchmarkReport() {}

  /**
   * Reads the runs and prints the report.
   *
   * @param args the path of the runs file
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: java BenchmarkReport.java RUNS.tsv");
      System.exit(2);
    }
    List<Run> runs;
    try {
      runs = Run.readAll(Path.of(args[0]));
    } catch (IOException | IllegalArgumentException e) {
      System.err.println("error: cannot read the runs " + args[0] + ": " + e.getMessage());
      System.exit(2);
      return;
    }
    Map<String, Group> groups = Group.of(runs);
    Group.printTable(groups.values());
    System.out.println();
    Ratios.print(groups);
    List<Target> targets = Targets.evaluate(groups);
    System.out.println();
    System.out.println("Targets:");
    targets.forEach(t -> System.out.println("  " + t));
    System.exit(targets.stream().allMatch(t -> t.pass) ? 0 : 1);
  }
}

/** One whole-process run of a generator on one spec set. */
final class Run {
  final String caseName;
  final String tool;
  final String exit;
  final double seconds;
  final double cpuSeconds;
  final long peakKib;
  final String note;

  private Run(String caseName, String tool, String exit, double seconds, double cpuSeconds, long peakKib,
      String note) {
    this.caseName = caseName;
    this.tool = tool;
    this.exit = exit;
    this.seconds = seconds;
    this.cpuSeconds = cpuSeconds;
    this.peakKib = peakKib;
    this.note = note;
  }

  boolean ok() {
    return exit.equals("0");
  }

  double peakMib() {
    return peakKib / 1024.0;
  }

  /** Reads every non-empty line; throws IllegalArgumentException naming a malformed line. */
  static List<Run> readAll(Path file) throws IOException {
    List<Run> runs = new ArrayList<>();
    int number = 0;
    for (String line : Files.readAllLines(file)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        runs.add(new Run(f[0], f[1], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5]) + Double.parseDouble(f[6]),
            Long.parseLong(f[7]), f[8]));
      } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
        throw new IllegalArgumentException(
            "line " + number + " is not case, tool, run, exit, wall s, user s, system s, KiB, note");
      }
    }
    return runs;
  }
}

/** The runs of one tool on one case, and their medians. */
final class Group {
  final String caseName;
  final String tool;
  final List<Run> runs = new ArrayList<>();

  private Group(String caseName, String tool) {
    this.caseName = caseName;
    this.tool = tool;
  }

  static String key(String caseName, String tool) {
    return caseName + "/" + tool;
  }

  /** The runs grouped by case and tool, in the order they first appear. */
  static Map<String, Group> of(List<Run> runs) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (Run run : runs) {
      groups.computeIfAbsent(key(run.caseName, run.tool), k -> new Group(run.caseName, run.tool))
          .runs.add(run);
    }
    return groups;
  }

  boolean allOk() {
    return !runs.isEmpty() && runs.stream().allMatch(Run::ok);
  }

  long okCount() {
    return runs.stream().filter(Run::ok).count();
  }

  /** The first failed run's exit and note, for a FAIL line. */
  String failure() {
    return runs.stream()
        .filter(r -> !r.ok())
        .findFirst()
        .map(r -> (okCount() == 0 ? "every run failed" : (runs.size() - okCount()) + " of " + runs.size()
            + " runs failed") + ", exit " + r.exit + (r.note.isEmpty() ? "" : ": " + r.note))
        .orElse("no run recorded");
  }

  /** The median of the successful runs' wall seconds. */
  double medianSeconds() {
    return median(r -> r.seconds);
  }

  /** The median of the successful runs' CPU seconds (user + system). */
  double medianCpuSeconds() {
    return median(r -> r.cpuSeconds);
  }

  /** The median of the successful runs' peak RSS, in MiB. */
  double medianPeakMib() {
    return median(Run::peakMib);
  }

  private double median(ToDoubleFunction<Run> value) {
    double[] sorted = runs.stream().filter(Run::ok).mapToDouble(value).sorted().toArray();
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int middle = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  }

  private String range(ToDoubleFunction<Run> value, String format) {
    double min = runs.stream().filter(Run::ok).mapToDouble(value).min().orElse(Double.NaN);
    double max = runs.stream().filter(Run::ok).mapToDouble(value).max().orElse(Double.NaN);
    return String.format(format + " (" + format + ".." + format + ")", median(value), min, max);
  }

  /** Prints one line per group: successful runs, then median (min..max) wall time, CPU time and peak RSS. */
  static void printTable(Iterable<Group> groups) {
    String row = "%-14s %-18s %-5s %-24s %-24s %s%n";
    System.out.println("Medians (min..max) of the successful runs:");
    System.out.printf(row, "models", "tool", "ok", "wall s", "CPU s (user+sys)", "peak RSS MiB");
    for (Group g : groups) {
      String okRuns = g.okCount() + "/" + g.runs.size();
      if (g.okCount() == 0) {
        System.out.printf("%-14s %-18s %-5s %s%n", g.caseName, g.tool, okRuns, g.failure());
        continue;
      }
      System.out.printf(row, g.caseName, g.tool, okRuns, g.range(r -> r.seconds, "%.2f"),
          g.range(r -> r.cpuSeconds, "%.2f"), g.range(Run::peakMib, "%.0f"));
    }
  }
}

/** The ratios of medians that the targets compare, in wall time, CPU time and peak RSS. */
final class Ratios {
  private Ratios() {}

  /** Prints imagegen over openapi-generator at 103 models, and imagegen at 1,000 over 100 models. */
  static void print(Map<String, Group> groups) {
    System.out.println("Ratios of medians:");
    boolean any = line(groups.get(Group.key(Targets.SMALL, BenchmarkReport.IMAGEGEN)),
        groups.get(Group.key(Targets.SMALL, BenchmarkReport.OPENAPI_GENERATOR)));
    any |= line(groups.get(Group.key(Targets.LARGE, BenchmarkReport.IMAGEGEN)),
        groups.get(Group.key(Targets.BASE, BenchmarkReport.IMAGEGEN)));
    if (!any) {
      System.out.println("  (none: a side of each ratio has no successful run)");
    }
  }

  /** Prints the ratio line when both groups have a successful run; says whether it did. */
  private static boolean line(Group over, Group under) {
    if (over == null || under == null || over.okCount() == 0 || under.okCount() == 0) {
      return false;
    }
    System.out.printf("  %s on %s models / %s on %s models: wall %.2f, CPU %.2f, peak RSS %.2f%n",
        over.tool, over.caseName, under.tool, under.caseName, over.medianSeconds() / under.medianSeconds(),
        over.medianCpuSeconds() / under.medianCpuSeconds(), over.medianPeakMib() / under.medianPeakMib());
    return true;
  }
}

/** A target with its verdict and the numbers behind it. */
final class Target {
  final String name;
  final boolean pass;
  final String detail;

  Target(String name, boolean pass, String detail) {
    this.name = name;
    this.pass = pass;
    this.detail = detail;
  }

  @Override
  public String toString() {
    return String.format("%-4s  %-58s %s", pass ? "PASS" : "FAIL", name, detail);
  }
}

/** The speed and memory targets, judged on the medians of the groups. */
final class Targets {
  static final String SMALL = "103";
  static final String BASE = "100";
  static final String LARGE = "1000";
  static final String LARGE_SMALL_HEAP = "1000 -Xmx256m";
  static final double WALL_SHARE_OF_OPENAPI_GENERATOR = 0.33;
  static final double LARGE_PEAK_LIMIT_MIB = 512;
  static final double LARGE_OVER_BASE_WALL = 8;

  private Targets() {}

  static List<Target> evaluate(Map<String, Group> groups) {
    Group ogSmall = groups.get(Group.key(SMALL, BenchmarkReport.OPENAPI_GENERATOR));
    Group igSmall = groups.get(Group.key(SMALL, BenchmarkReport.IMAGEGEN));
    Group igBase = groups.get(Group.key(BASE, BenchmarkReport.IMAGEGEN));
    Group igLarge = groups.get(Group.key(LARGE, BenchmarkReport.IMAGEGEN));
    Group igSmallHeap = groups.get(Group.key(LARGE_SMALL_HEAP, BenchmarkReport.IMAGEGEN));
    List<Target> targets = new ArrayList<>();
    targets.add(compare("103 models: imagegen wall <= 0.33 x openapi-generator's", igSmall, ogSmall,
        (ig, og) -> verdict(ig.medianSeconds() <= WALL_SHARE_OF_OPENAPI_GENERATOR * og.medianSeconds(),
            String.format("%.2f s vs 0.33 x %.2f s = %.2f s (ratio %.2f)", ig.medianSeconds(), og.medianSeconds(),
                WALL_SHARE_OF_OPENAPI_GENERATOR * og.medianSeconds(), ig.medianSeconds() / og.medianSeconds()))));
    targets.add(compare("103 models: imagegen peak RSS <= openapi-generator's", igSmall, ogSmall,
        (ig, og) -> verdict(ig.medianPeakMib() <= og.medianPeakMib(),
            String.format("%.0f MiB vs %.0f MiB (ratio %.2f)", ig.medianPeakMib(), og.medianPeakMib(),
                ig.medianPeakMib() / og.medianPeakMib()))));
    targets.add(compare("1,000 models: imagegen peak RSS < 512 MiB", igLarge, igLarge,
        (ig, same) -> verdict(ig.medianPeakMib() < LARGE_PEAK_LIMIT_MIB,
            String.format("%.0f MiB", ig.medianPeakMib()))));
    targets.add(compare("1,000 models: imagegen passes with -Xmx256m", igSmallHeap, igSmallHeap,
        (ig, same) -> verdict(true, String.format("%.2f s, %.0f MiB", ig.medianSeconds(), ig.medianPeakMib()))));
    targets.add(compare("1,000 models: imagegen wall <= 8 x the 100-model time", igLarge, igBase,
        (large, base) -> verdict(large.medianSeconds() <= LARGE_OVER_BASE_WALL * base.medianSeconds(),
            String.format("%.2f s vs 8 x %.2f s = %.2f s (ratio %.1f)", large.medianSeconds(), base.medianSeconds(),
                LARGE_OVER_BASE_WALL * base.medianSeconds(), large.medianSeconds() / base.medianSeconds()))));
    return targets;
  }

  /** A verdict without its name yet: whether it passed and why. */
  private static final class Verdict {
    final boolean pass;
    final String detail;

    Verdict(boolean pass, String detail) {
      this.pass = pass;
      this.detail = detail;
    }
  }

  private static Verdict verdict(boolean pass, String detail) {
    return new Verdict(pass, detail);
  }

  /** Judges two groups; a group that is missing or has a failed run fails the target. */
  private static Target compare(String name, Group first, Group second,
      BiFunction<Group, Group, Verdict> judge) {
    for (Group g : new Group[] {first, second}) {
      if (g == null) {
        return new Target(name, false, "(not measured)");
      }
      if (!g.allOk()) {
        return new Target(name, false, g.tool + " on " + g.caseName + " models: " + g.failure());
      }
    }
    Verdict v = judge.apply(first, second);
    return new Target(name, v.pass, v.detail);
  }
}
