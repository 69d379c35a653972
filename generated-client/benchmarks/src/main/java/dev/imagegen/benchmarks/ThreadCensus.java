package dev.imagegen.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The most threads alive at once, among those started after the census began and not excluded by
 * name, sampled every few milliseconds on a thread of its own until it is closed.
 */
final class ThreadCensus implements AutoCloseable {

  private static final long SAMPLE_MILLIS = 5;

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final Set<Long> before;
  private final Predicate<String> excluded;
  private final Thread sampler;
  private volatile List<String> peak = List.of();

  /** @param excluded names of threads that do not count, such as a fake server's */
  ThreadCensus(Predicate<String> excluded) {
    this.before = Arrays.stream(threads.getAllThreadIds()).boxed().collect(Collectors.toSet());
    this.excluded = excluded;
    this.sampler = new Thread(this::sample, "thread census");
    sampler.setDaemon(true);
    sampler.start();
  }

  /** How many threads were alive at once at most. */
  int peak() {
    return peak.size();
  }

  /** The names of those threads, sorted. */
  List<String> peakNames() {
    return peak;
  }

  private void sample() {
    long sampler = Thread.currentThread().getId();
    while (!Thread.currentThread().isInterrupted()) {
      List<String> counted = new ArrayList<>();
      for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
        if (info != null && info.getThreadId() != sampler && !before.contains(info.getThreadId())
            && !excluded.test(info.getThreadName())) {
          counted.add(info.getThreadName());
        }
      }
      if (counted.size() > peak.size()) {
        Collections.sort(counted);
        peak = counted;
      }
      try {
        Thread.sleep(SAMPLE_MILLIS);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    sampler.interrupt();
    sampler.join();
  }
}
