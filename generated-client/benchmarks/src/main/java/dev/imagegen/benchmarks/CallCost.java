package dev.imagegen.benchmarks;

import dev.imagegen.client.segmind.FluxSchnellRequest;
import dev.imagegen.client.segmind.SegmindClient;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import retrofit2.Call;
import retrofit2.Retrofit;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * What one sync {@code flux-schnell} call costs through the client, next to the same call made with
 * OkHttp alone, against a {@link LoopbackImageServer} answering a 2 KiB JPEG from a JVM of its own: mean time per call
 * (µs) and bytes allocated per call, measured by JMH with its GC profiler. The raw call posts JSON
 * serialised once, in setup, and reads the body with {@code bytes()}; the client's calls build their
 * JSON each time and read the image with {@link dev.imagegen.client.GeneratedImage#byteBuffer()},
 * which does not copy it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallCost {

  /** The most a typed call may take, as a multiple of the raw call's time. */
  static final double TIME_RATIO_LIMIT = 1.10;
  /** The most a typed call may allocate, as a multiple of what the raw call allocates. */
  static final double ALLOCATION_RATIO_LIMIT = 1.5;

  /**
   * Rounds of the three calls: a shared machine drifts while one call is measured after another, so
   * each round turns the order, and the median of the rounds' ratios is judged.
   */
  static final int ROUNDS = 5;
  /**
   * Warmup iterations: on a 2-CPU machine the raw call takes about 10 s to settle (from over 2 ms to
   * under 0.2 ms per call), the client's call as long.
   */
  static final int WARMUP_ITERATIONS = 10;
  /** Measured iterations, whose mean is a round's figure. */
  static final int MEASUREMENT_ITERATIONS = 5;
  /** The length of each iteration, warmup or measured, in seconds. */
  static final int ITERATION_SECONDS = 1;

  private static final String PROMPT = "a tiger";
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private Process server;
  private OkHttpClient okHttp;
  private String rawUrl;
  private byte[] rawJson;
  private RequestBody rawBody;
  private SyncCall retrofitApi;
  private SegmindClient segmind;
  private FluxSchnellRequest request;
  private Map<String, Object> params;

  /**
   * Starts the server, in a JVM of its own so that JMH counts the client's allocation alone, and makes
   * both clients and the requests, so that no call pays for them.
   *
   * @throws IOException when the server cannot be started
   */
  @Setup
  public void setUp() throws IOException {
    server = new ProcessBuilder(ChildJvm.command(List.of(), LoopbackImageServer.class))
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String baseUrl = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8)).readLine();
    if (baseUrl == null) {
      throw new IOException("the loopback server ended before it named its address");
    }
    okHttp = new OkHttpClient();
    rawUrl = baseUrl + "v1/flux-schnell";
    rawJson = ("{\"prompt\":\"" + PROMPT + "\"}").getBytes(StandardCharsets.UTF_8);
    segmind = SegmindClient.builder().apiKey("k").baseUrl(baseUrl).build();
    rawBody = RequestBody.create(rawJson, JSON);
    retrofitApi = new Retrofit.Builder().baseUrl(baseUrl).client(okHttp).build().create(SyncCall.class);
    request = FluxSchnellRequest.builder().prompt(PROMPT).build();
    params = Map.of("prompt", PROMPT);
  }

  /**
   * Stops the server: its standard input ends.
   *
   * @throws IOException when its input cannot be closed
   * @throws InterruptedException when interrupted while it stops
   */
  @TearDown
  public void tearDown() throws IOException, InterruptedException {
    server.getOutputStream().close();
    if (!server.waitFor(10, TimeUnit.SECONDS)) {
      server.destroyForcibly();
    }
  }

  /**
   * The floor: OkHttp posting the JSON bytes with the API key header and reading the body.
   *
   * @throws IOException when the call fails
   */
  @Benchmark
  public byte[] rawOkHttp() throws IOException {
    Request post = new Request.Builder()
        .url(rawUrl)
        .header("x-api-key", "k")
        .post(RequestBody.create(rawJson, JSON))
        .build();
    try (Response response = okHttp.newCall(post).execute()) {
      return response.body().bytes();
    }
  }

  /**
   * Retrofit's share of a call: building the request of a declared {@code @POST} (proxy, request
   * factory, URL resolution, invocation tag), without sending it.
   */
  @Benchmark
  public Request requestByRetrofit() {
    return retrofitApi.generate(rawBody).request();
  }

  /** The same request built with OkHttp's builder, the floor of {@link #requestByRetrofit()}. */
  @Benchmark
  public Request requestByOkHttp() {
    return new Request.Builder().url(rawUrl).post(rawBody).build();
  }

  /** The generated service's call with a request built once. */
  @Benchmark
  public ByteBuffer typed() {
    return segmind.fluxSchnell().generate(request).byteBuffer();
  }

  /** The call by model id with a map of parameters, validated on each call. */
  @Benchmark
  public ByteBuffer byModelId() {
    return segmind.generate("flux-schnell", params).byteBuffer();
  }

  /**
   * Runs the three calls in {@link #ROUNDS} rounds, each call in a forked JVM of its own per round,
   * then the two ways of building a request (about 4 minutes in all); prints a table per round to
   * {@code out}, and judges the median of the rounds' ratios of the typed call's time and allocation
   * to the raw call's.
   *
   * @throws RunnerException when JMH cannot run them
   */
  static List<Target> run(PrintStream out) throws RunnerException {
    out.printf("Per-call cost: one sync v1 flux-schnell call (2 KiB JPEG answer, loopback server in its own JVM),"
        + " JMH -prof gc, %d rounds, each call in a fork of its own per round, in an order that turns each round;"
        + " warmup %d x %d s, measurement %d x %d s%n",
        ROUNDS, WARMUP_ITERATIONS, ITERATION_SECONDS, MEASUREMENT_ITERATIONS, ITERATION_SECONDS);
    List<String> calls = List.of("rawOkHttp", "typed", "byModelId");
    List<Figures> typedRatios = new ArrayList<>();
    List<Figures> byModelIdRatios = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      Map<String, Figures> figures = new HashMap<>();
      for (int turn = 0; turn < calls.size(); turn++) {
        String call = calls.get((round + turn) % calls.size());
        figures.put(call, Figures.of(measure(call, out), call));
      }
      Figures raw = figures.get("rawOkHttp");
      out.printf("%nRound %d of %d:%n", round + 1, ROUNDS);
      table(out, "call", raw, List.of(raw, figures.get("typed"), figures.get("byModelId")));
      typedRatios.add(figures.get("typed").over(raw));
      byModelIdRatios.add(figures.get("byModelId").over(raw));
    }
    out.println("\nRetrofit's share: building the request alone, next to OkHttp's builder");
    Figures byOkHttp = Figures.of(measure("requestByOkHttp", out), "requestByOkHttp");
    table(out, "request", byOkHttp, List.of(byOkHttp, Figures.of(measure("requestByRetrofit", out), "requestByRetrofit")));

    Figures typed = Figures.median("typed / raw", typedRatios);
    Figures byModelId = Figures.median("by model id / raw", byModelIdRatios);
    out.printf("%nMedian of the rounds' ratios: typed %.2f x time, %.2f x allocation;"
        + " by model id %.2f x time, %.2f x allocation%n", typed.micros, typed.bytes, byModelId.micros, byModelId.bytes);
    return List.of(
        new Target("per-call time <= " + TIME_RATIO_LIMIT + " x raw OkHttp", typed.micros <= TIME_RATIO_LIMIT,
            String.format("median %.2f x over %d rounds %s; by model id %.2f x", typed.micros, ROUNDS,
                ratios(typedRatios, Figures::micros), byModelId.micros)),
        new Target("allocation per call <= " + ALLOCATION_RATIO_LIMIT + " x raw OkHttp",
            typed.bytes <= ALLOCATION_RATIO_LIMIT,
            String.format("median %.2f x over %d rounds %s; by model id %.2f x", typed.bytes, ROUNDS,
                ratios(typedRatios, Figures::bytes), byModelId.bytes)));
  }

  /** One benchmark method of this class, in a fork of its own. */
  private static Collection<RunResult> measure(String method, PrintStream out) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(CallCost.class.getName() + "\\." + method + "$")
        .addProfiler(GCProfiler.class)
        .forks(1)
        .warmupIterations(WARMUP_ITERATIONS)
        .warmupTime(TimeValue.seconds(ITERATION_SECONDS))
        .measurementIterations(MEASUREMENT_ITERATIONS)
        .measurementTime(TimeValue.seconds(ITERATION_SECONDS))
        .build();
    return new Runner(options, OutputFormatFactory.createFormatInstance(out, VerboseMode.SILENT)).run();
  }

  private static String ratios(List<Figures> ratios, ToDoubleFunction<Figures> figure) {
    return ratios.stream().map(ratio -> String.format("%.2f", figure.applyAsDouble(ratio)))
        .collect(Collectors.joining(", ", "(", ")"));
  }

  /** One row per figures, each next to {@code floor}'s. */
  private static void table(PrintStream out, String what, Figures floor, List<Figures> rows) {
    out.printf("  %-18s %12s %10s %14s %10s%n", what, "us/op", "x floor", "B/op", "x floor");
    for (Figures figures : rows) {
      out.printf("  %-18s %12.3f %10.2f %14.0f %10.2f%n", figures.name, figures.micros,
          figures.micros / floor.micros, figures.bytes, figures.bytes / floor.bytes);
    }
  }

  /**
   * Runs the benchmarks alone and prints the targets.
   *
   * @throws RunnerException when JMH cannot run them
   */
  public static void main(String[] args) throws RunnerException {
    run(System.out).forEach(System.out::println);
  }

  /** The sync call as Retrofit declares it, with a body OkHttp takes as it is. */
  interface SyncCall {
    @POST("v1/flux-schnell")
    Call<ResponseBody> generate(@Body RequestBody body);
  }

  /** One benchmark's mean time per call, in µs, and allocation per call, in bytes. */
  private record Figures(String name, double micros, double bytes) {

    /** These figures as multiples of {@code floor}'s. */
    Figures over(Figures floor) {
      return new Figures(name + " / " + floor.name, micros / floor.micros, bytes / floor.bytes);
    }

    /** The median of each figure of {@code all}, taken apart. */
    static Figures median(String name, List<Figures> all) {
      double[] micros = all.stream().mapToDouble(Figures::micros).sorted().toArray();
      double[] bytes = all.stream().mapToDouble(Figures::bytes).sorted().toArray();
      return new Figures(name, micros[micros.length / 2], bytes[bytes.length / 2]);
    }

    /** The figures of the benchmark method {@code name} in {@code results}. */
    static Figures of(Collection<RunResult> results, String name) {
      RunResult result = results.stream()
          .filter(run -> run.getParams().getBenchmark().endsWith("." + name))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("JMH reported no result for " + name));
      Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
      if (allocation == null) {
        throw new IllegalStateException("JMH reported no " + ALLOCATION + " for " + name
            + "; it reported " + result.getSecondaryResults().keySet());
      }
      return new Figures(name, result.getPrimaryResult().getScore(), allocation.getScore());
    }
  }
}
