import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a Java Flight Recorder recording of one generator run as percentages of samples.
 *
 * <p>Run as a single-file program: {@code java JfrProfile.java [--top N] [--prefix PACKAGE] FILE.jfr}.
 * It prints the hottest top frames (self time), the packages found in the sampled stacks, the
 * project's hottest methods including their callees, where the project's code allocates (by the
 * sampled allocation weight) and a one-line GC summary. Exit status 0, or 2 for bad arguments or an
 * unreadable recording (with a one-line message).
 */
public final class JfrProfile {

  private JfrProfile() {}

  /**
   * Reads the recording named in {@code args} and prints the summary on standard output.
   *
   * @param args {@code [--top N] [--prefix PACKAGE] FILE.jfr}
   */
  public static void main(String[] args) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("error: " + e.getMessage());
      System.err.println("usage: java JfrProfile.java [--top N] [--prefix PACKAGE] FILE.jfr");
      System.exit(2);
      return;
    }
    try {
      ProfileSummary summary = ProfileSummary.read(options.recording, options.prefix);
      summary.print(options.top);
    } catch (IOException e) {
      System.err.println("error: cannot read the recording " + options.recording + ": " + e.getMessage());
      System.exit(2);
    }
  }
}

/** The command line of {@link JfrProfile}: how many rows a table shows, the project's package, the file. */
final class Options {
  final int top;
  final String prefix;
  final Path recording;

  private Options(int top, String prefix, Path recording) {
    this.top = top;
    this.prefix = prefix;
    this.recording = recording;
  }

  /** Parses the arguments; throws IllegalArgumentException with a message for the user. */
  static Options parse(String[] args) {
    int top = 15;
    String prefix = "dev.imagegen.";
    Path recording = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--top":
          top = positive(value(args, ++i, "--top"));
          break;
        case "--prefix":
          String given = value(args, ++i, "--prefix");
          prefix = given.endsWith(".") ? given : given + ".";
          break;
        default:
          if (recording != null || args[i].startsWith("-")) {
            throw new IllegalArgumentException("unexpected argument " + args[i]);
          }
          recording = Path.of(args[i]);
      }
    }
    if (recording == null) {
      throw new IllegalArgumentException("no recording given");
    }
    if (!Files.isRegularFile(recording)) {
      throw new IllegalArgumentException("no such file: " + recording);
    }
    return new Options(top, prefix, recording);
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static int positive(String text) {
    try {
      int n = Integer.parseInt(text);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException("--top needs a whole number above 0, not " + text);
  }
}

/** Weights per key (samples or bytes), printed as the largest keys with their share of a total. */
final class Tally {
  private final Map<String, Long> weights = new HashMap<>();

  void add(String key, long weight) {
    weights.merge(key, weight, Long::sum);
  }

  /** Prints a heading, then the {@code top} heaviest keys as percentages of {@code total}. */
  void print(String heading, long total, int top) {
    System.out.println(heading);
    if (total == 0 || weights.isEmpty()) {
      System.out.println("  (none recorded)");
      return;
    }
    weights.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(top)
        .forEach(e -> System.out.printf("  %5.1f%%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
  }
}

/** What one recording says about CPU time, allocation and GC. */
final class ProfileSummary {
  private final String prefix;
  private final Tally topFrames = new Tally();
  private final Tally packages = new Tally();
  private final Tally projectMethods = new Tally();
  private final Tally allocationSites = new Tally();
  private long samples;
  private long truncatedStacks;
  private long allocatedBytes;
  private long collections;
  private Duration pauses = Duration.ZERO;
  private long largestHeapAfterGc;

  private ProfileSummary(String prefix) {
    this.prefix = prefix;
  }

  /** Reads every event of the recording; {@code prefix} is the project's package followed by a dot. */
  static ProfileSummary read(Path recording, String prefix) throws IOException {
    ProfileSummary summary = new ProfileSummary(prefix);
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        summary.accept(file.readEvent());
      }
    }
    return summary;
  }

  private void accept(RecordedEvent event) {
    switch (event.getEventType().getName()) {
      case "jdk.ExecutionSample":
        executionSample(event.getStackTrace());
        break;
      case "jdk.ObjectAllocationSample":
        allocationSample(event.getLong("weight"), event.getStackTrace());
        break;
      case "jdk.GarbageCollection":
        collections++;
        pauses = pauses.plus(event.getDuration("sumOfPauses"));
        break;
      case "jdk.GCHeapSummary":
        if ("After GC".equals(event.getString("when"))) {
          largestHeapAfterGc = Math.max(largestHeapAfterGc, event.getLong("heapUsed"));
        }
        break;
      default:
        break;
    }
  }

  private void executionSample(RecordedStackTrace stack) {
    if (stack == null || stack.getFrames().isEmpty()) {
      return;
    }
    samples++;
    if (stack.isTruncated()) {
      truncatedStacks++;
    }
    List<String> methods = methods(stack);
    topFrames.add(methods.get(0), 1);
    // A package or method counts once per sample, however deep the recursion.
    Set<String> seenPackages = new LinkedHashSet<>();
    Set<String> seenProjectMethods = new LinkedHashSet<>();
    for (String method : methods) {
      String type = method.substring(0, method.lastIndexOf('.'));
      seenPackages.add(type.contains(".") ? type.substring(0, type.lastIndexOf('.')) : "(default package)");
      if (method.startsWith(prefix)) {
        seenProjectMethods.add(method);
      }
    }
    seenPackages.forEach(p -> packages.add(p, 1));
    seenProjectMethods.forEach(m -> projectMethods.add(m, 1));
  }

  private void allocationSample(long weight, RecordedStackTrace stack) {
    allocatedBytes += weight;
    String site = "(outside " + prefix + "*)";
    if (stack != null) {
      for (String method : methods(stack)) {
        if (method.startsWith(prefix)) {
          site = method;
          break;
        }
      }
    }
    allocationSites.add(site, weight);
  }

  private static List<String> methods(RecordedStackTrace stack) {
    List<String> methods = new ArrayList<>();
    for (RecordedFrame frame : stack.getFrames()) {
      methods.add(typeName(frame.getMethod().getType().getName()) + "." + frame.getMethod().getName());
    }
    return methods;
  }

  /** A lambda's hidden class ({@code Outer$$Lambda$323+0x7f6d.1388}) shown as {@code Outer$$Lambda}. */
  private static String typeName(String recorded) {
    int lambda = recorded.indexOf("$$Lambda");
    return lambda < 0 ? recorded : recorded.substring(0, lambda + "$$Lambda".length());
  }

  /** Prints every table with at most {@code top} rows, then the GC line. */
  void print(int top) {
    System.out.printf("%,d execution samples (%,d with a truncated stack)%n", samples, truncatedStacks);
    topFrames.print("Hottest top frames (self time, % of samples):", samples, top);
    packages.print("Packages in the sampled stacks (% of samples whose stack holds the package):", samples, top);
    projectMethods.print("Hottest " + prefix + "* methods, callees included (% of samples):", samples, top);
    allocationSites.print(
        String.format("Allocation by the first %s* frame (%% of %,d MiB sampled):", prefix, allocatedBytes >> 20),
        allocatedBytes, top);
    System.out.printf("GC: %,d collections, %,d ms of pauses; largest heap after a GC: %,d MiB%n",
        collections, pauses.toMillis(), largestHeapAfterGc >> 20);
  }
}
