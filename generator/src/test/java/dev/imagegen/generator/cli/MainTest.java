package dev.imagegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.emit.ClientEmitter;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.write.AtomicDirectoryWriter;
import dev.imagegen.generator.write.FileTrees;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: exit status, stdout, stderr, and what is written. */
class MainTest {

  private static final Path REAL_SPECS = Path.of(System.getProperty("imagegen.specs"));
  private static final List<String> CHECKED = List.of(
      "qolaba: 3 models (sdxl-controlnet-canny, sdxl-controlnet-depth, sdxl-controlnet-pose), 27 parameters checked",
      "segmind: 3 models (flux-controlnet, flux-schnell, sd1.5-img2img), 38 parameters checked");
  private static final String USAGE = "usage: java -jar generator.jar --specs DIR (--out DIR | --check)";

  @TempDir Path temp;

  @Test
  void checkPrintsOneLinePerProviderAndWritesNothing() throws IOException {
    Result result = run("--specs", REAL_SPECS.toString(), "--check", "--out", temp.resolve("out").toString());

    assertThat(result).isEqualTo(new Result(0, CHECKED, List.of()));
    assertThat(temp.resolve("out")).doesNotExist();
  }

  @Test
  void generateWritesWhatTheEmitterGivesAndReplacesAnEarlierRun() throws Exception {
    Path out = temp.resolve("generated");
    assertThat(run("--specs", REAL_SPECS.toString(), "--out", out.toString()).status()).isZero();
    Files.writeString(out.resolve("Stale.java"), "class Stale {}");

    Result result = run("--specs", REAL_SPECS.toString(), "--out", out.toString());

    assertThat(result).isEqualTo(new Result(0, CHECKED.stream().map(l -> l.replace("checked", "-> " + out)).toList(), List.of()));
    List<String> expected = new ArrayList<>(List.of(AtomicDirectoryWriter.MARKER));
    for (JavaFile file : ClientEmitter.emit(SpecLoader.load(REAL_SPECS))) {
      expected.add(Path.of(file.packageName().replace('.', '/'), file.typeSpec().name() + ".java").toString());
    }
    assertThat(files(out)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void specErrorsGoToStderrOneLineEachWithStatus2AndNothingIsWritten() throws Exception {
    Path specs = malformed("default-above-maximum");
    Path out = Files.createDirectory(temp.resolve("out"));
    Files.writeString(out.resolve(AtomicDirectoryWriter.MARKER), "");
    Files.writeString(out.resolve("Earlier.java"), "class Earlier {}");

    Result result = run("--specs", specs.toString(), "--out", out.toString());

    assertThat(result).isEqualTo(new Result(2, List.of(), List.of(
        "specs/default-above-maximum/default-above-maximum.json#/parameters/width/default: 4096 is above maximum 2048")));
    assertThat(FileTrees.list(temp)).containsExactlyInAnyOrder("out", "out/" + AtomicDirectoryWriter.MARKER, "out/Earlier.java");
  }

  @Test
  void badArgumentsGiveStatus1AMessageAndTheUsage() {
    assertThat(run("--specs", "specs", "--bogus"))
        .isEqualTo(new Result(1, List.of(), List.of("error: unknown option --bogus", USAGE)));
  }

  @Test
  void helpPrintsTheUsage() {
    assertThat(run("--help")).isEqualTo(new Result(0, List.of(USAGE), List.of()));
  }

  @Test
  void aWriteFailureGivesStatus1AndOneLine() throws IOException {
    Path out = Files.writeString(temp.resolve("out"), "a file");

    Result result = run("--specs", REAL_SPECS.toString(), "--out", out.toString());

    assertThat(result).isEqualTo(new Result(1, List.of(),
        List.of("error: cannot write the generated sources: " + out + " is a file, not a folder")));
  }

  @Test
  void aFolderTheGeneratorDidNotWriteIsNotReplaced() throws IOException {
    Path out = Files.createDirectory(temp.resolve("src"));
    Files.writeString(out.resolve("Mine.java"), "class Mine {}");

    Result result = run("--specs", REAL_SPECS.toString(), "--out", out.toString());

    assertThat(result).isEqualTo(new Result(1, List.of(), List.of("error: cannot write the generated sources: refusing to replace "
        + out + ": it holds files and no .imagegen-generated marker, so the generator did not write it")));
    assertThat(FileTrees.list(temp)).containsExactlyInAnyOrder("src", "src/Mine.java");
  }

  /** The CLI in its own JVM, started in another folder with relative paths; slf4j must stay quiet. */
  @Test
  void runsFromAnotherWorkingDirectory() throws Exception {
    Path work = Files.createDirectory(temp.resolve("work"));
    FileTrees.copy(REAL_SPECS, work.resolve("my-specs"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "--specs", "my-specs", "--out", "gen")
        .directory(work.toFile())
        .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(new Result(process.exitValue(), lines(process.getInputStream().readAllBytes()), lines(process.getErrorStream().readAllBytes())))
        .isEqualTo(new Result(0, CHECKED.stream().map(l -> l.replace("checked", "-> gen")).toList(), List.of()));
    assertThat(work.resolve("gen").resolve(AtomicDirectoryWriter.MARKER)).exists();
  }

  private record Result(int status, List<String> out, List<String> err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Result(status, lines(out.toByteArray()), lines(err.toByteArray()));
  }

  private static List<String> lines(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    return text.isEmpty() ? List.of() : text.lines().toList();
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).toList();
    }
  }

  private static Path malformed(String name) throws URISyntaxException {
    return Path.of(MainTest.class.getResource("/malformed/" + name + "/specs").toURI());
  }
}
