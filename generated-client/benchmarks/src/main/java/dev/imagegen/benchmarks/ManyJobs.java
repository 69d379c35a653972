package dev.imagegen.benchmarks;

import dev.imagegen.client.segmind.FluxSchnellRequest;
import dev.imagegen.client.segmind.SegmindClient;
import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * A thousand v2 jobs submitted at once and awaited together, against a loopback fake ({@link JobServer}):
 * a third complete 3 s after they are accepted, a third after 30 s, a third after 60 s, each a random
 * fraction of a second earlier so that completion falls anywhere between two polls. The client
 * ({@code submitAsync}, then {@code future()}) is measured against its floor in the same run: raw
 * OkHttp polling each job's status at a fixed 1 s, as Segmind's own SDK does, on the same durations.
 *
 * <p>Judged: every result is its own job's and none is lost; the client's threads (the most alive at
 * once that it started, the fake's not counted) stay within 16; a job done at 3 s
 * and one done at 30 s are noticed (median, from completion to the future completing) no later than
 * the fixed poll notices them, within 50 ms of timer noise; a 60 s job makes at most 45 status calls,
 * where the fixed poll makes 60.
 */
final class ManyJobs {

  static final int JOBS = 1000;
  private static final long[] GROUP_SECONDS = {3, 30, 60};
  private static final int MAX_CLIENT_THREADS = 16;
  private static final long NOISE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
  private static final int MAX_CALLS_OF_A_60_S_JOB = 45;
  private static final long SEED = 2026;

  private ManyJobs() {}

  public static void main(String[] args) throws Exception {
    run(System.out).forEach(System.out::println);
  }

  static List<Target> run(PrintStream out) throws IOException, InterruptedException {
    long[] durations = durations();
    out.printf("%,d v2 jobs at once, completing %s s after acceptance (less a random fraction of a second)%n",
        JOBS, Arrays.toString(GROUP_SECONDS));
    // Each way runs once on short jobs first, so that it is not measured while its code is still cold;
    // its threads are counted over both runs, so that threads the first run left idle count too.
    long[] warmUp = new long[JOBS / 4];
    Arrays.fill(warmUp, TimeUnit.SECONDS.toNanos(2));
    Run client = warmThenMeasure(warmUp, durations, ManyJobs::awaitWithTheClient);
    out.printf("  imagegen submitAsync + future(): %.1f s, %d results matched, %d failures, %d threads at peak%n",
        client.seconds, client.matched, client.failures.size(), client.threads);
    out.println("    its threads at the peak: " + client.threadNames);
    client.failures.stream().limit(5).forEach(failure -> out.println("    " + failure));
    Run floor = warmThenMeasure(warmUp, durations, FixedPoll::await);
    out.printf("  raw OkHttp polling every 1 s:    %.1f s, %d results matched, %d failures, %d threads at peak%n",
        floor.seconds, floor.matched, floor.failures.size(), floor.threads);

    out.printf("  %-24s %-26s %-26s%n", "", "noticed after (median s)", "status calls (median)");
    out.printf("  %-24s %-12s %-13s %-12s %-13s%n", "jobs", "imagegen", "1 s poll", "imagegen", "1 s poll");
    for (int group = 0; group < GROUP_SECONDS.length; group++) {
      IntPredicate inGroup = inGroup(group);
      out.printf("  %-24s %-12.3f %-13.3f %-12d %-13d%n", "done at " + GROUP_SECONDS[group] + " s",
          client.medianNoticeNanos(inGroup) / 1e9, floor.medianNoticeNanos(inGroup) / 1e9,
          client.medianStatusCalls(inGroup), floor.medianStatusCalls(inGroup));
    }

    List<Target> targets = new ArrayList<>();
    targets.add(new Target("1,000 concurrent v2 jobs: every result its own, none lost",
        client.matched == JOBS && client.failures.isEmpty(),
        client.matched + " of " + JOBS + " matched, " + client.failures.size() + " failed"));
    targets.add(new Target("1,000 concurrent v2 jobs: client threads <= " + MAX_CLIENT_THREADS,
        client.threads <= MAX_CLIENT_THREADS, client.threads + " threads at peak (the 1 s poll, at 64 calls at once: " + floor.threads + ")"));
    for (int group = 0; group < 2; group++) {
      long ours = client.medianNoticeNanos(inGroup(group));
      long fixed = floor.medianNoticeNanos(inGroup(group));
      targets.add(new Target("job done at " + GROUP_SECONDS[group] + " s noticed no later than a fixed 1 s poll",
          ours <= fixed + NOISE_NANOS, String.format("median %.3f s vs %.3f s", ours / 1e9, fixed / 1e9)));
    }
    int calls = client.medianStatusCalls(inGroup(2));
    targets.add(new Target("60 s job: at most " + MAX_CALLS_OF_A_60_S_JOB + " status calls (a 1 s poll makes 60)",
        calls <= MAX_CALLS_OF_A_60_S_JOB,
        "median " + calls + " vs " + floor.medianStatusCalls(inGroup(2)) + " for the 1 s poll"));
    return targets;
  }

  /** Job {@code n}'s duration: its group's, less a fraction of a second, the same in every run. */
  private static long[] durations() {
    Random random = new Random(SEED);
    long[] durations = new long[JOBS];
    for (int n = 0; n < JOBS; n++) {
      durations[n] = TimeUnit.SECONDS.toNanos(GROUP_SECONDS[n % GROUP_SECONDS.length])
          - (long) (random.nextDouble() * TimeUnit.SECONDS.toNanos(1));
    }
    return durations;
  }

  private static IntPredicate inGroup(int group) {
    return n -> n % GROUP_SECONDS.length == group;
  }

  /** Submits every job with the client and awaits them all through {@code future()}. */
  private static void awaitWithTheClient(JobServer server, Results results) {
    SegmindClient segmind = SegmindClient.builder().apiKey("benchmark-key").baseUrl(server.baseUrl()).build();
    FluxSchnellRequest request = FluxSchnellRequest.builder().prompt("a tiger").build();
    for (int i = 0; i < server.jobs(); i++) {
      results.track(segmind.fluxSchnell().submitAsync(request)
          .thenCompose(job -> job.future().thenAccept(
              result -> results.received(job.requestId(), result.requestId(), result.output().asText()))));
    }
  }

  /**
   * Runs one way of awaiting jobs on {@code warmUp}, then on {@code durations}, each against a fresh
   * fake; the figures are the second run's, timed as a whole, and the threads both runs started.
   */
  private static Run warmThenMeasure(long[] warmUp, long[] durations, Awaiting awaiting)
      throws IOException, InterruptedException {
    try (ThreadCensus census = new ThreadCensus(JobServer::isServerThread)) {
      try (JobServer server = new JobServer(warmUp)) {
        Results results = new Results(server);
        awaiting.await(server, results);
        results.awaitAll();
      }
      try (JobServer server = new JobServer(durations)) {
        Results results = new Results(server);
        long start = System.nanoTime();
        awaiting.await(server, results);
        results.awaitAll();
        return new Run(server, results, (System.nanoTime() - start) / 1e9, census.peakNames());
      }
    }
  }

  /** One way of submitting every job and awaiting it, recording each result in {@code results}. */
  @FunctionalInterface
  interface Awaiting {
    void await(JobServer server, Results results) throws IOException;
  }

  /** What one run received: when each job was noticed, which matched, which failed. */
  static final class Results {
    private final JobServer server;
    private final AtomicLongArray noticedAt;
    private final AtomicInteger matched = new AtomicInteger();
    private final List<String> failures = new ArrayList<>();
    private final List<CompletableFuture<?>> pending = new ArrayList<>();

    Results(JobServer server) {
      this.server = server;
      this.noticedAt = new AtomicLongArray(server.jobs());
    }

    void track(CompletableFuture<?> job) {
      pending.add(job.whenComplete((done, failure) -> {
        if (failure != null) {
          failed(failure.toString());
        }
      }));
    }

    /**
     * The result of job {@code requestId}, noticed now: matched when it is that job's (its request id
     * and the output the fake names after it) and the job had completed.
     */
    void received(String requestId, String resultRequestId, String output) {
      long now = System.nanoTime();
      int n = Integer.parseInt(requestId.substring("req-".length()));
      noticedAt.set(n, now);
      if (requestId.equals(resultRequestId) && output.endsWith('/' + requestId + ".jpg") && now >= server.completesAt(n)) {
        matched.incrementAndGet();
      } else {
        failed(requestId + " got the result of " + resultRequestId + ", output " + output);
      }
    }

    synchronized void failed(String failure) {
      failures.add(failure);
    }

    void awaitAll() throws InterruptedException {
      try {
        CompletableFuture.allOf(pending.toArray(new CompletableFuture<?>[0])).get(5, TimeUnit.MINUTES);
      } catch (ExecutionException e) {
        // Each failure is recorded where it happened.
      } catch (TimeoutException e) {
        failed("not all jobs ended within 5 minutes");
      }
    }
  }

  /** The figures of one run. */
  private static final class Run {
    final double seconds;
    final int threads;
    final List<String> threadNames;
    final int matched;
    final List<String> failures;
    private final long[] noticeNanos;
    private final int[] statusCalls;

    Run(JobServer server, Results results, double seconds, List<String> threadNames) {
      this.seconds = seconds;
      this.threads = threadNames.size();
      this.threadNames = threadNames;
      this.matched = results.matched.get();
      synchronized (results) {
        this.failures = List.copyOf(results.failures);
      }
      this.noticeNanos = new long[server.jobs()];
      this.statusCalls = new int[server.jobs()];
      for (int n = 0; n < server.jobs(); n++) {
        noticeNanos[n] = results.noticedAt.get(n) - server.completesAt(n);
        statusCalls[n] = server.statusCalls(n);
      }
    }

    long medianNoticeNanos(IntPredicate jobs) {
      long[] values = IntStream.range(0, noticeNanos.length).filter(jobs).mapToLong(n -> noticeNanos[n]).sorted().toArray();
      return values[values.length / 2];
    }

    int medianStatusCalls(IntPredicate jobs) {
      int[] values = IntStream.range(0, statusCalls.length).filter(jobs).map(n -> statusCalls[n]).sorted().toArray();
      return values[values.length / 2];
    }
  }
}
