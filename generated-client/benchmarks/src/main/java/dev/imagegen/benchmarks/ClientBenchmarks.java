package dev.imagegen.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every client benchmark, each against its floor measured in the same run, prints their
 * figures, then the targets with PASS or FAIL. Exit status 0 when every target is met, 1 otherwise.
 *
 * <p>{@code mvn -B -pl generated-client/benchmarks -am verify -DskipTests -Pbenchmarks}, from the
 * repository's root (about 10 minutes on 2 idle cores).
 */
public final class ClientBenchmarks {

  private ClientBenchmarks() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = System.out;
    out.printf("Machine: %d cores, %d MiB heap limit; %s %s%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.vm.name"), System.getProperty("java.version"));
    List<Target> targets = new ArrayList<>();
    out.println("\n== Per call (JMH, -prof gc) ==");
    targets.addAll(CallCost.run(out));
    out.println("\n== Smallest heap for uploads and downloads ==");
    targets.addAll(HeapFloors.run(out));
    out.println("\n== A thousand jobs at once ==");
    targets.addAll(ManyJobs.run(out));
    out.println("\nTargets:");
    targets.forEach(out::println);
    System.exit(targets.stream().allMatch(Target::met) ? 0 : 1);
  }
}
