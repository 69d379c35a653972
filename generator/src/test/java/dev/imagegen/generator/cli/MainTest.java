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
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.write.AtomicDirectoryWriter;
import dev.imagegen.generator.write.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line contract: exit status, stdout, stderr, and what is written. Exact output is pinned on
 * the fixture specs; the one run on the project's own specs derives what it expects from them.
 */
class MainTest {

  private static final Path FIXTURES = TestResources.folder("fixtures/specs");
  private static final List<String> CHECKED = List.of(
      "acme-labs: 2 models (2x-upscale, tiny-diffusion), 10 parameters checked",
      "bolt: 1 model (bolt-canny), 2 parameters checked");

  @TempDir Path temp;

  @Test
  void checkPrintsOneLinePerProviderAndWritesNothing() throws IOException {
    CliRun result = CliRun.of("--specs", FIXTURES.toString(), "--check", "--out", temp.resolve("out").toString());

    assertThat(result).isEqualTo(new CliRun(0, CHECKED, List.of()));
    assertThat(temp.resolve("out")).doesNotExist();
  }

  /** Whatever models the project's own specs hold, they check clean: one line per provider, nothing on stderr. */
  @Test
  void theProjectsOwnSpecsCheckClean() throws Exception {
    Path specs = Path.of(System.getProperty("imagegen.specs"));
    SpecSet loaded = SpecLoader.load(specs);

    CliRun result = CliRun.of("--specs", specs.toString(), "--check");

    assertThat(result).isEqualTo(new CliRun(0,
        loaded.providers().stream().map(provider -> ProviderSummary.line(provider, "checked")).toList(), List.of()));
  }

  @Test
  void generateWritesWhatTheEmitterGivesAndReplacesAnEarlierRun() throws Exception {
    Path out = temp.resolve("generated");

    CliRun result = rerunOverAStaleFile("--out", out, "Stale.java");

    assertThat(result).isEqualTo(new CliRun(0, CHECKED.stream().map(l -> l.replace("checked", "-> " + out)).toList(), List.of()));
    List<String> expected = new ArrayList<>(List.of(AtomicDirectoryWriter.MARKER));
    for (JavaFile file : ClientEmitter.emit(SpecLoader.load(FIXTURES))) {
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

    CliRun result = CliRun.of("--specs", specs.toString(), "--out", out.toString());

    assertThat(result).isEqualTo(new CliRun(2, List.of(), List.of(
        "specs/default-above-maximum/default-above-maximum.json#/parameters/width/default: 4096 is above maximum 2048")));
    assertThat(FileTrees.list(temp)).containsExactlyInAnyOrder("out", "out/" + AtomicDirectoryWriter.MARKER, "out/Earlier.java");
  }

  @Test
  void aWriteFailureGivesStatus1AndOneLine() throws IOException {
    Path out = Files.writeString(temp.resolve("out"), "a file");

    CliRun result = CliRun.of("--specs", FIXTURES.toString(), "--out", out.toString());

    assertThat(result).isEqualTo(new CliRun(1, List.of(),
        List.of("error: cannot write the generated sources to " + out + ": " + out + " is a file, not a folder")));
  }

  @Test
  void aFolderTheGeneratorDidNotWriteIsNotReplaced() throws IOException {
    Path out = Files.createDirectory(temp.resolve("src"));
    Files.writeString(out.resolve("Mine.java"), "class Mine {}");

    CliRun result = CliRun.of("--specs", FIXTURES.toString(), "--out", out.toString());

    assertThat(result).isEqualTo(new CliRun(1, List.of(), List.of("error: cannot write the generated sources to " + out
        + ": refusing to replace " + out + ": it holds files and no .imagegen-generated marker, so the generator did not write it")));
    assertThat(FileTrees.list(temp)).containsExactlyInAnyOrder("src", "src/Mine.java");
  }

  /** The CLI in its own JVM, started in another folder with relative paths; slf4j must stay quiet. */
  @Test
  void runsFromAnotherWorkingDirectory() throws Exception {
    Path work = Files.createDirectory(temp.resolve("work"));
    FileTrees.copy(FIXTURES, work.resolve("my-specs"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "--specs", "my-specs", "--out", "gen")
        .directory(work.toFile())
        .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(new CliRun(process.exitValue(), CliRun.lines(process.getInputStream().readAllBytes()),
        CliRun.lines(process.getErrorStream().readAllBytes())))
        .isEqualTo(new CliRun(0, CHECKED.stream().map(l -> l.replace("checked", "-> gen")).toList(), List.of()));
    assertThat(work.resolve("gen").resolve(AtomicDirectoryWriter.MARKER)).exists();
  }

  @Test
  void openapiWritesTheExportersDocumentVersionedLikeTheProject() throws Exception {
    Path file = temp.resolve("api/openapi.json");

    CliRun result = CliRun.of("--specs", FIXTURES.toString(), "--openapi", file.toString());

    assertThat(result).isEqualTo(new CliRun(0, List.of("openapi: OpenAPI 3.0.3, 3 models, 6 paths -> " + file), List.of()));
    String version = CliRun.projectVersion();
    assertThat(Files.readString(file)).isEqualTo(OpenApiExporter.render(SpecLoader.load(FIXTURES), version));
    assertThat(new ObjectMapper().readTree(file.toFile()).at("/info/version").asText()).isEqualTo(version);
  }

  @Test
  void wiremockReplacesTheFolderWithTheExportersFiles() throws Exception {
    Path dir = temp.resolve("stubs");

    CliRun result = rerunOverAStaleFile("--wiremock", dir, "mappings/stale.json");

    assertThat(result).isEqualTo(new CliRun(0, List.of("wiremock: 17 mappings, 3 response files -> " + dir), List.of()));
    SortedMap<String, byte[]> expected = WireMockExporter.files(SpecLoader.load(FIXTURES));
    assertThat(files(dir)).containsExactlyInAnyOrderElementsOf(
        Stream.concat(expected.keySet().stream(), Stream.of(AtomicDirectoryWriter.MARKER)).toList());
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      assertThat(dir.resolve(file.getKey())).hasBinaryContent(file.getValue());
    }
  }

  @Test
  void checkRendersTheExportsButWritesNothing() throws IOException {
    CliRun result = CliRun.of("--specs", FIXTURES.toString(), "--check",
        "--openapi", temp.resolve("openapi.json").toString(), "--wiremock", temp.resolve("stubs").toString());

    assertThat(result).isEqualTo(new CliRun(0, Stream.concat(CHECKED.stream(), Stream.of(
        "openapi: OpenAPI 3.0.3, 3 models, 6 paths checked",
        "wiremock: 17 mappings, 3 response files checked")).toList(), List.of()));
    assertThat(FileTrees.list(temp)).isEmpty();
  }

  @Test
  void specsAnExportCannotDescribeGiveStatus1AndWriteNothing() throws IOException {
    CliRun result = CliRun.of("--specs", TestResources.folder("export/collision").toString(),
        "--wiremock", temp.resolve("stubs").toString(), "--openapi", temp.resolve("openapi.json").toString());

    assertThat(result).isEqualTo(new CliRun(1, List.of(), List.of("error: OpenAPI export: providers 'alpha' and 'beta'"
        + " both serve path /generate/painter; one OpenAPI document cannot describe both")));
    assertThat(FileTrees.list(temp)).isEmpty();
  }

  @Test
  void anOpenapiPathThatIsAFolderGivesStatus1AndOneLine() throws IOException {
    Path folder = Files.createDirectory(temp.resolve("openapi.json"));

    CliRun result = CliRun.of("--specs", FIXTURES.toString(), "--openapi", folder.toString());

    assertThat(result).isEqualTo(new CliRun(1, List.of(),
        List.of("error: cannot write the OpenAPI document to " + folder + ": " + folder + " is a folder, not a file")));
  }

  /** The fixtures against a copy with a narrowed range, a new description and a model removed. */
  @Test
  void diffPrintsEveryChangeFromTheOlderFolderThenTheBump() throws Exception {
    Path edited = temp.resolve("edited");
    FileTrees.copy(FIXTURES, edited);
    Path tinyDiffusion = edited.resolve("acme-labs/tiny-diffusion.json");
    Files.writeString(tinyDiffusion, Files.readString(tinyDiffusion)
        .replace("\"maximum\": 2048", "\"maximum\": 1024")
        .replace("\"Image width.\"", "\"Width in pixels.\""));
    Files.delete(edited.resolve("acme-labs/2x-upscale.json"));

    CliRun result = CliRun.of("--specs", edited.toString(), "--diff", FIXTURES.toString());

    assertThat(result).isEqualTo(new CliRun(0, List.of(
        "BREAKING acme-labs/2x-upscale: model removed",
        "BREAKING acme-labs/tiny-diffusion: parameter width: maximum 2048 -> 1024 (narrowed range)",
        "PATCH acme-labs/tiny-diffusion: parameter width: description changed",
        "Bump: major"), List.of()));
  }

  /** Read the other way round, the additions of the {@code minor} fixture are removals. */
  @Test
  void diffComparesFromTheDiffFolderToTheSpecsFolder() {
    CliRun result = CliRun.of("--specs", TestResources.folder("diff/minor/old").toString(),
        "--diff", TestResources.folder("diff/minor/new").toString());

    assertThat(result).isEqualTo(new CliRun(0, List.of(
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

    CliRun result = CliRun.of("--specs", FIXTURES.toString(), "--diff", older.toString());

    assertThat(result).isEqualTo(new CliRun(2, List.of(), List.of(
        "error: the older specs of --diff " + older + " have errors:",
        "specs/default-above-maximum/default-above-maximum.json#/parameters/width/default: 4096 is above maximum 2048")));
  }

  /** The sources could be written, the document could not: neither is, and nothing claims success. */
  @Test
  void anOutputThatCannotBeWrittenLeavesEveryOutputUnwritten() throws IOException {
    Path file = Files.writeString(temp.resolve("notes.txt"), "a file");
    Path openapi = file.resolve("openapi.json");

    CliRun result = CliRun.of("--specs", FIXTURES.toString(), "--out", temp.resolve("out").toString(), "--openapi", openapi.toString());

    assertThat(result).isEqualTo(new CliRun(1, List.of(),
        List.of("error: cannot write the OpenAPI document to " + openapi + ": " + file + " is a file, not a folder")));
    assertThat(FileTrees.list(temp)).containsExactly("notes.txt");
  }

  @Test
  void anOpenapiFileInAMissingFolderGetsItsFolders() throws IOException {
    Path file = temp.resolve("a/b/openapi.json");

    assertThat(CliRun.of("--specs", FIXTURES.toString(), "--openapi", file.toString()).status()).isZero();
    assertThat(FileTrees.list(temp)).containsExactly("a", "a/b", "a/b/openapi.json");
  }

  /** Only where the process may not write, which the superuser always may. */
  @Test
  void aFolderThatCannotBeWrittenInGivesStatus1AndWritesNothing() throws IOException {
    Path locked = Files.createDirectory(temp.resolve("locked"));
    assertThat(locked.toFile().setWritable(false)).isTrue();
    try {
      assumeFalse(Files.isWritable(locked), "this process may write in read-only folders");

      CliRun result = CliRun.of("--specs", FIXTURES.toString(), "--wiremock", temp.resolve("stubs").toString(),
          "--out", locked.resolve("out").toString());

      assertThat(result).isEqualTo(new CliRun(1, List.of(),
          List.of("error: cannot write the generated sources to " + locked.resolve("out") + ": cannot create files in " + locked
              + ": permission denied")));
      assertThat(FileTrees.list(temp)).containsExactly("locked");
    } finally {
      locked.toFile().setWritable(true);
    }
  }

  /** Runs with {@code option dir} on the fixtures, adds {@code staleFile} to what it wrote, and runs again. */
  private static CliRun rerunOverAStaleFile(String option, Path dir, String staleFile) throws IOException {
    assertThat(CliRun.of("--specs", FIXTURES.toString(), option, dir.toString()).status()).isZero();
    Files.writeString(dir.resolve(staleFile), "written by someone else");
    return CliRun.of("--specs", FIXTURES.toString(), option, dir.toString());
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      return paths.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).toList();
    }
  }

  private static Path malformed(String name) {
    return TestResources.folder("malformed/" + name + "/specs");
  }
}
