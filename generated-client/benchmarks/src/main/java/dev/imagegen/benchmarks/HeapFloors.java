package dev.imagegen.benchmarks;

import dev.imagegen.benchmarks.HeapFloorRun.Transfer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The smallest heap, {@code -Xmx} in MiB, with which a large upload or download succeeds, through the
 * client and through OkHttp alone: each trial is a {@link HeapFloorRun} in a JVM of its own (same
 * {@code java}, same class path, default GC), against a {@link LoopbackImageServer} in this one. A
 * binary search between {@value #MIN_HEAP_MIB} and {@value #MAX_HEAP_MIB} MiB finds each floor; it
 * takes success to be monotonic in the heap, and the limit a target names is tried once more on its
 * own. A transfer that streams needs a heap that does not grow with the file.
 */
final class HeapFloors {

  /** The smallest heap tried, in MiB. */
  static final int MIN_HEAP_MIB = 4;
  /** The largest heap tried, in MiB; a transfer that fails with it has no floor in the range. */
  static final int MAX_HEAP_MIB = 512;
  /** The file uploaded, in MiB of random bytes. */
  static final int UPLOAD_MIB = 50;
  /** The image downloaded, in MiB. */
  static final int DOWNLOAD_MIB = 200;
  /** The heap the upload targets allow, in MiB. */
  static final int UPLOAD_LIMIT_MIB = 32;
  /** The heap the download target allows, in MiB. */
  static final int DOWNLOAD_LIMIT_MIB = 48;
  /** How long one child may take before it counts as failed, in seconds. */
  static final long CHILD_TIMEOUT_SECONDS = 120;

  private static final long MIB = 1024 * 1024;

  private final PrintStream out;
  private final Path dir;
  private final Path upload;
  private final Path download;
  private final String uploadUrl;
  private final String downloadUrl;
  /** The raw OkHttp floors found so far, in MiB: both uploads are judged against one. */
  private final Map<Transfer, Integer> rawFloors = new EnumMap<>(Transfer.class);

  private HeapFloors(PrintStream out, Path dir, String uploadUrl, String downloadUrl) {
    this.out = out;
    this.dir = dir;
    this.upload = dir.resolve("upload.bin");
    this.download = dir.resolve("download.png");
    this.uploadUrl = uploadUrl;
    this.downloadUrl = downloadUrl;
  }

  /**
   * Finds the five floors (about a minute or two of child JVMs), printing each to {@code out}, and
   * judges the client's against the targets' limits; the raw OkHttp floors are printed beside them.
   *
   * @throws UncheckedIOException when the temporary files cannot be written or a child not started
   */
  static List<Target> run(PrintStream out) {
    out.printf("Heap floors: smallest -Xmx (MiB, binary search %d..%d, G1) at which a child JVM succeeds;"
        + " %d MiB file upload, %d MiB image download, loopback server%n",
        MIN_HEAP_MIB, MAX_HEAP_MIB, UPLOAD_MIB, DOWNLOAD_MIB);
    Path dir = null;
    try (LoopbackImageServer small = LoopbackImageServer.start();
        LoopbackImageServer large = LoopbackImageServer.start(DOWNLOAD_MIB * MIB)) {
      dir = Files.createTempDirectory("imagegen-heap-floors");
      HeapFloors floors = new HeapFloors(out, dir, small.baseUrl(), large.baseUrl());
      floors.writeUpload();
      return List.of(
          floors.target("50 MiB file upload, v1, succeeds with -Xmx32m", Transfer.UPLOAD_V1, Transfer.RAW_UPLOAD,
              UPLOAD_LIMIT_MIB),
          floors.target("50 MiB file upload, v2, succeeds with -Xmx32m", Transfer.UPLOAD_V2, Transfer.RAW_UPLOAD,
              UPLOAD_LIMIT_MIB),
          floors.target("200 MiB image answer streams to disk with -Xmx48m", Transfer.DOWNLOAD, Transfer.RAW_DOWNLOAD,
              DOWNLOAD_LIMIT_MIB));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteQuietly(dir);
    }
  }

  /**
   * Runs the floors alone and prints the targets.
   */
  public static void main(String[] args) {
    run(System.out).forEach(System.out::println);
  }

  /**
   * The target that the client's {@code transfer} succeeds with {@code limitMiB}: met when its floor
   * is at most that and a run at exactly that succeeds. The raw floor is found once per raw transfer.
   */
  private Target target(String rule, Transfer transfer, Transfer raw, int limitMiB) {
    int floor = floor(transfer);
    int rawFloor = rawFloors.computeIfAbsent(raw, this::floor);
    boolean atLimit = succeeds(transfer, limitMiB);
    out.printf("  %-20s -Xmx%dm: %s%n", transfer.label(), limitMiB, atLimit ? "succeeds" : "fails");
    return new Target(rule, floor <= limitMiB && atLimit,
        String.format("imagegen %s, raw OkHttp %s; at -Xmx%dm %s",
            mib(floor), mib(rawFloor), limitMiB, atLimit ? "succeeds" : "fails"));
  }

  /**
   * The smallest heap in MiB with which {@code transfer} succeeds, or {@code MAX_HEAP_MIB + 1} when it
   * fails even with {@link #MAX_HEAP_MIB}.
   */
  private int floor(Transfer transfer) {
    long started = System.nanoTime();
    int runs = 1;
    int floor;
    if (!succeeds(transfer, MAX_HEAP_MIB)) {
      floor = MAX_HEAP_MIB + 1;
    } else {
      int low = MIN_HEAP_MIB;
      int high = MAX_HEAP_MIB;
      while (low < high) {
        int middle = (low + high) / 2;
        runs++;
        if (succeeds(transfer, middle)) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      floor = high;
    }
    out.printf("  %-20s floor %s  (%d runs, %.0f s)%n", transfer.label(), mib(floor), runs,
        (System.nanoTime() - started) / 1e9);
    return floor;
  }

  private static String mib(int floor) {
    return floor > MAX_HEAP_MIB ? "> " + MAX_HEAP_MIB + " MiB" : floor + " MiB";
  }

  /**
   * Whether a child JVM with {@code -Xmx<heapMiB>m} runs {@code transfer} to exit 0 within
   * {@link #CHILD_TIMEOUT_SECONDS}, and, for a download, writes the whole image.
   */
  private boolean succeeds(Transfer transfer, int heapMiB) {
    Path file = transfer.download() ? download : upload;
    Path log = dir.resolve("child.log");
    List<String> command = ChildJvm.command(
        // Fails at once rather than limping on, or hanging, after an OutOfMemoryError in some thread.
        List.of("-Xmx" + heapMiB + "m", "-XX:+ExitOnOutOfMemoryError"),
        HeapFloorRun.class, transfer.name(), transfer.download() ? downloadUrl : uploadUrl, file.toString());
    try {
      Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      boolean exited = child.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS);
      if (!exited) {
        child.destroyForcibly().waitFor();
      }
      boolean succeeded = exited && child.exitValue() == 0
          && (!transfer.download() || Files.size(file) == DOWNLOAD_MIB * MIB);
      if (!succeeded && heapMiB == MAX_HEAP_MIB) {
        out.printf("  %s failed with -Xmx%dm%s:%n%s%n", transfer.label(), heapMiB, exited ? "" : " (timed out)",
            Files.readString(log));
      }
      return succeeded;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while a child ran " + transfer.label(), e);
    } finally {
      deleteQuietly(download);
    }
  }

  /** {@link #UPLOAD_MIB} MiB of random bytes, written 1 MiB at a time. */
  private void writeUpload() throws IOException {
    SplittableRandom random = new SplittableRandom(1);
    byte[] chunk = new byte[(int) MIB];
    try (OutputStream file = Files.newOutputStream(upload)) {
      for (int i = 0; i < UPLOAD_MIB; i++) {
        random.nextBytes(chunk);
        file.write(chunk);
      }
    }
  }

  /** Deletes {@code path} and, for a directory, everything under it; what cannot be deleted is left. */
  private static void deleteQuietly(Path path) {
    if (path == null || !Files.exists(path)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(path)) {
      paths.sorted(Comparator.reverseOrder()).forEach(each -> each.toFile().delete());
    } catch (IOException e) {
      // A temporary file left behind is the operating system's to clear.
    }
  }
}
