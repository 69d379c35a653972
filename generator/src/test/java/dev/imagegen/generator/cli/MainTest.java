package dev.imagegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.emit.ClientEmitter;
import dev.imagegen.generator.export.TestResources;
import dev.imagegen.generator.export.openapi.OpenApiExporter;
import dev.imagegen.generator.export.wiremock.WireMockExporter;
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
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract: exit status, stdout, stderr, and what is written. */
class MainTest {

  private static final Path REAL_SPECS = Path.of(System.getProperty("imagegen.specs"));
  private static final List<String> CHECKED = List.of(
      "qolaba: 3 models (sdxl-controlnet-canny, sdxl-controlnet-depth, sdxl-controlnet-pose), 27 parameters checked",
      "segmind: 3 models (flux-controlnet, flux-schnell, sd1.5-img2img), 38 parameters checked");
  private static final String USAGE = "usage: java -jar generator.jar --specs DIR"
      + " [--out DIR] [--openapi FILE] [--wiremock DIR] [--diff OLD_DIR] [--check]";

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

    Result result = rerunOverAStaleFile("--out", out, "Stale.java");

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
        List.of("error: cannot write the generated sources to " + out + ": " + out + " is a file, not a folder")));
  }

  @Test
  void aFolderTheGeneratorDidNotWriteIsNotReplaced() throws IOException {
    Path out = Files.createDirectory(temp.resolve("src"));
    Files.writeString(out.resolve("Mine.java"), "class Mine {}");

    Result result = run("--specs", REAL_SPECS.toString(), "--out", out.toString());

    assertThat(result).isEqualTo(new Result(1, List.of(), List.of("error: cannot write the generated sources to " + out
        + ": refusing to replace " + out + ": it holds files and no .imagegen-generated marker, so the generator did not write it")));
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

  @Test
  void openapiWritesTheExportersDocumentVersionedLikeTheProject() throws Exception {
    Path file = temp.resolve("api/openapi.json");

    Result result = run("--specs", REAL_SPECS.toString(), "--openapi", file.toString());

    assertThat(result).isEqualTo(new Result(0, List.of("openapi: OpenAPI 3.0.3, 6 models, 9 paths -> " + file), List.of()));
    String version = projectVersion();
    assertThat(Files.readString(file)).isEqualTo(OpenApiExporter.render(SpecLoader.load(REAL_SPECS), version));
    assertThat(new ObjectMapper().readTree(file.toFile()).at("/info/version").asText()).isEqualTo(version);
  }

  @Test
  void wiremockReplacesTheFolderWithTheExportersFiles() throws Exception {
    Path dir = temp.resolve("stubs");

    Result result = rerunOverAStaleFile("--wiremock", dir, "mappings/stale.json");

    assertThat(result).isEqualTo(new Result(0, List.of("wiremock: 40 mappings, 6 response files -> " + dir), List.of()));
    SortedMap<String, byte[]> expected = WireMockExporter.files(SpecLoader.load(REAL_SPECS));
    assertThat(files(dir)).containsExactlyInAnyOrderElementsOf(
        Stream.concat(expected.keySet().stream(), Stream.of(AtomicDirectoryWriter.MARKER)).toList());
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      assertThat(dir.resolve(file.getKey())).hasBinaryContent(file.getValue());
    }
  }

  @Test
  void checkRendersTheExportsButWritesNothing() throws IOException {
    Result result = run("--specs", REAL_SPECS.toString(), "--check",
        "--openapi", temp.resolve("openapi.json").toString(), "--wiremock", temp.resolve("stubs").toString());

    assertThat(result).isEqualTo(new Result(0, Stream.concat(CHECKED.stream(), Stream.of(
        "openapi: OpenAPI 3.0.3, 6 models, 9 paths checked",
        "wiremock: 40 mappings, 6 response files checked")).toList(), List.of()));
    assertThat(FileTrees.list(temp)).isEmpty();
  }

  @Test
  void specsAnExportCannotDescribeGiveStatus1AndWriteNothing() throws IOException {
    Result result = run("--specs", TestResources.folder("export/collision").toString(),
        "--wiremock", temp.resolve("stubs").toString(), "--openapi", temp.resolve("openapi.json").toString());

    assertThat(result).isEqualTo(new Result(1, List.of(), List.of("error: OpenAPI export: providers 'alpha' and 'beta'"
        + " both serve path /generate/painter; one OpenAPI document cannot describe both")));
    assertThat(FileTrees.list(temp)).isEmpty();
  }

  @Test
  void anOpenapiPathThatIsAFolderGivesStatus1AndOneLine() throws IOException {
    Path folder = Files.createDirectory(temp.resolve("openapi.json"));

    Result result = run("--specs", REAL_SPECS.toString(), "--openapi", folder.toString());

    assertThat(result).isEqualTo(new Result(1, List.of(),
        List.of("error: cannot write the OpenAPI document to " + folder + ": " + folder + " is a folder, not a file")));
  }

  /** The real specs against a copy with a narrowed range, a new description and a model removed. */
  @Test
  void diffPrintsEveryChangeFromTheOlderFolderThenTheBump() throws Exception {
    Path edited = temp.resolve("edited");
    FileTrees.copy(REAL_SPECS, edited);
    Path fluxSchnell = edited.resolve("segmind/flux-schnell.json");
    Files.writeString(fluxSchnell, Files.readString(fluxSchnell)
        .replace("\"maximum\": 8", "\"maximum\": 6")
        .replace("Number of inference steps for image generation.", "Inference steps."));
    Files.delete(edited.resolve("segmind/sd1.5-img2img.json"));

    Result result = run("--specs", edited.toString(), "--diff", REAL_SPECS.toString());

    assertThat(result).isEqualTo(new Result(0, List.of(
        "BREAKING segmind/flux-schnell: parameter steps: maximum 8 -> 6 (narrowed range)",
        "BREAKING segmind/sd1.5-img2img: model removed",
        "PATCH segmind/flux-schnell: parameter steps: description changed",
        "Bump: major"), List.of()));
  }

  /** Read the other way round, the additions of the {@code minor} fixture are removals. */
  @Test
  void diffComparesFromTheDiffFolderToTheSpecsFolder() {
    Result result = run("--specs", TestResources.folder("diff/minor/old").toString(),
        "--diff", TestResources.folder("diff/minor/new").toString());

    assertThat(result).isEqualTo(new Result(0, List.of(
        "BREAKING acme/inker: model removed",
        "BREAKING acme/painter: parameter height: multipleOf 4 -> 8 (narrowed range)",
        "BREAKING acme/painter: parameter negative_prompt removed",
        "BREAKING acme/painter: parameter prompt: now required (newly required parameter)",
        "BREAKING acme/painter: parameter sampler: enum value \"dpmpp\" removed",
        "BREAKING acme/painter: parameter steps: minimum (none) -> 1 (narrowed range)",
        "BREAKING acme/painter: parameter steps: maximum 10 -> 8 (narrowed range)",
        "BREAKING acme/painter: parameter style: maxLength 80 -> 40 (narrowed range)",
        "BREAKING acme/painter: parameter width: maximum (none) -> 1024 (narrowed range)",
        "MINOR acme/painter: parameter sampler: default \"heun\" -> \"euler\" (changed default)",
        "Bump: major"), List.of()));
  }

  /** The older folder's problems come under a heading: their locations alone could be taken for the new specs'. */
  @Test
  void specErrorsInTheOlderFolderGiveStatus2UnderAHeading() throws Exception {
    Path older = malformed("default-above-maximum");

    Result result = run("--specs", REAL_SPECS.toString(), "--diff", older.toString());

    assertThat(result).isEqualTo(new Result(2, List.of(), List.of(
        "error: the older specs of --diff " + older + " have errors:",
        "specs/default-above-maximum/default-above-maximum.json#/parameters/width/default: 4096 is above maximum 2048")));
  }

  @Test
  void aMissingOrFileSpecsFolderIsABadArgumentWithStatus1() throws IOException {
    Path missing = temp.resolve("nowhere");
    Path file = Files.writeString(temp.resolve("specs.json"), "{}");

    assertThat(run("--specs", missing.toString(), "--check"))
        .isEqualTo(new Result(1, List.of(), List.of("error: --specs " + missing + ": no such folder")));
    assertThat(run("--specs", file.toString(), "--check"))
        .isEqualTo(new Result(1, List.of(), List.of("error: --specs " + file + " is a file, not a folder")));
    assertThat(run("--specs", REAL_SPECS.toString(), "--diff", missing.toString()))
        .isEqualTo(new Result(1, List.of(), List.of("error: --diff " + missing + ": no such folder")));
  }

  /** The sources could be written, the document could not: neither is, and nothing claims success. */
  @Test
  void anOutputThatCannotBeWrittenLeavesEveryOutputUnwritten() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.txt"), "a file");
    Path openapi = file.resolve("openapi.json");

    Result result = run("--specs", REAL_SPECS.toString(), "--out", temp.resolve("out").toString(), "--openapi", openapi.toString());

    assertThat(result).isEqualTo(new Result(1, List.of(),
        List.of("error: cannot write the OpenAPI document to " + openapi + ": " + file + " is a file, not a folder")));
    assertThat(FileTrees.list(temp)).containsExactly("notes.txt");
  }

  @Test
  void anOpenapiFileInAMissingFolderGetsItsFolders() throws IOException {
    Path file = temp.resolve("a/b/openapi.json");

    assertThat(run("--specs", REAL_SPECS.toString(), "--openapi", file.toString()).status()).isZero();
    assertThat(FileTrees.list(temp)).containsExactly("a", "a/b", "a/b/openapi.json");
  }

  /** Only where the process may not write, which the superuser always may. */
  @Test
  void aFolderThatCannotBeWrittenInGivesStatus1AndWritesNothing() throws IOException {
    Path locked = Files.createDirectory(temp.resolve("locked"));
    assertThat(locked.toFile().setWritable(false)).isTrue();
    try {
      assumeFalse(Files.isWritable(locked), "this process may write in read-only folders");

      Result result = run("--specs", REAL_SPECS.toString(), "--wiremock", temp.resolve("stubs").toString(),
          "--out", locked.resolve("out").toString());

      assertThat(result).isEqualTo(new Result(1, List.of(),
          List.of("error: cannot write the generated sources to " + locked.resolve("out") + ": cannot create files in " + locked
              + ": permission denied")));
      assertThat(FileTrees.list(temp)).containsExactly("locked");
    } finally {
      locked.toFile().setWritable(true);
    }
  }

  /** Runs with {@code option dir} on the real specs, adds {@code staleFile} to what it wrote, and runs again. */
  private static Result rerunOverAStaleFile(String option, Path dir, String staleFile) throws IOException {
    assertThat(run("--specs", REAL_SPECS.toString(), option, dir.toString()).status()).isZero();
    Files.writeString(dir.resolve(staleFile), "written by someone else");
    return run("--specs", REAL_SPECS.toString(), option, dir.toString());
  }

  /** The root pom's version, read as text so that the test does not share the code it checks. */
  private static String projectVersion() throws IOException {
    Matcher version = Pattern.compile("<artifactId>imagegen-parent</artifactId>\\s*<version>([^<]+)</version>")
        .matcher(Files.readString(REAL_SPECS.resolveSibling("pom.xml")));
    assertThat(version.find()).isTrue();
    return version.group(1);
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
