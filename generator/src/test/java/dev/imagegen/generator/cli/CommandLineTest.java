package dev.imagegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.generator.export.TestResources;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** What the command line accepts, the complete message of each way it refuses, {@code --help} and {@code --version}. */
class CommandLineTest {

  /** What follows every refusal's {@code error:} line on stderr. */
  private static final List<String> USAGE_HINT = List.of(
      "Usage: java -jar generator.jar --specs=DIR [--out=DIR] [--openapi=FILE] [--wiremock=DIR]",
      "                               [--diff=OLD_DIR] [--check] [--help] [--version]",
      "Try 'java -jar generator.jar --help' for every option and examples.");
  private static final Optional<Path> NONE = Optional.empty();

  @TempDir Path temp;

  @Test
  void readsEveryOptionWithItsValueNextOrAfterAnEqualsSign() throws IOException {
    Path specs = Files.createDirectory(temp.resolve("new specs"));
    Path old = Files.createDirectory(temp.resolve("old"));

    assertThat(arguments("--specs", specs.toString(), "--out", "gen", "--openapi=api.json", "--wiremock", "stubs",
        "--diff=" + old, "--check"))
        .isEqualTo(new CliArguments(specs, Optional.of(Path.of("gen")), Optional.of(Path.of("api.json")),
            Optional.of(Path.of("stubs")), Optional.of(old), true));
  }

  @Test
  void eachThingToDoIsEnoughAlone() throws IOException {
    Path specs = Files.createDirectory(temp.resolve("specs"));

    assertThat(arguments("--specs", specs.toString(), "--check"))
        .isEqualTo(new CliArguments(specs, NONE, NONE, NONE, NONE, true));
    assertThat(arguments("--specs", specs.toString(), "--out", "gen").out()).hasValue(Path.of("gen"));
    assertThat(arguments("--specs", specs.toString(), "--openapi", "api.json").openapi()).hasValue(Path.of("api.json"));
    assertThat(arguments("--specs", specs.toString(), "--wiremock", "stubs").wiremock()).hasValue(Path.of("stubs"));
    assertThat(arguments("--specs", specs.toString(), "--diff", specs.toString()).diff()).hasValue(specs);
  }

  @Test
  void theSpecsMayBeComparedWithThemselves() throws IOException {
    Path specs = Files.createDirectory(temp.resolve("specs"));

    assertThat(arguments("--specs", specs.toString(), "--diff", specs + "/.").diff()).hasValue(Path.of(specs + "/."));
  }

  /** Arguments separated by spaces (none contains one), and the complete {@code error:} line. */
  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
                                           | --specs is required
      --check                              | --specs is required
      --bogus                              | unknown option --bogus
      --specs a --check=yes                | --check takes no value
      --specs a --check=false --out=o      | --check takes no value
      --check --out=o -x                   | unknown option -x
      --specs                              | --specs needs a value: --specs DIR
      --specs --check                      | --specs needs a value: --specs DIR
      --specs=                             | --specs needs a value: --specs DIR
      --specs a                            | nothing to do: give --out, --openapi, --wiremock, --diff or --check
      --specs a --openapi                  | --openapi needs a value: --openapi FILE
      --specs a --wiremock --check         | --wiremock needs a value: --wiremock DIR
      --specs a --out --bogus              | --out needs a value: --out DIR
      --specs a --diff=                    | --diff needs a value: --diff OLD_DIR
      --specs a --diff b --diff c          | --diff is given twice
      --specs a --out b --bogus            | unknown option --bogus
      --specs a --out b -x                 | unknown option -x
      --specs a --out b extra              | unexpected argument extra
      --specs a --specs b --check          | --specs is given twice
      --specs a --check --check            | --check is given twice
      --specs a --out x --wiremock x       | --out x and --wiremock x are the same path
      --specs a --out g --openapi g/o.json | --openapi g/o.json is inside --out g; an output must lie apart from the other paths
      --specs a --wiremock w --out w/src   | --out w/src is inside --wiremock w; an output must lie apart from the other paths
      --specs specs --out specs/gen        | --out specs/gen is inside --specs specs; an output must lie apart from the other paths
      --specs gen/specs --out gen          | --specs gen/specs is inside --out gen; an output must lie apart from the other paths
      --specs a --diff b --out b/../b      | --diff b and --out b/../b are the same path
      """)
  void refusesWhatCannotRunWithStatus1AndAUsageHint(String args, String message) {
    String[] split = args == null ? new String[0] : args.split(" ");

    assertThat(CliRun.of(split)).isEqualTo(refused(message));
  }

  @Test
  void aPathTheFileSystemCannotNameIsRefused() {
    assertThat(CliRun.of("--specs", "sp\0ecs", "--check"))
        .isEqualTo(refused("--specs sp\0ecs is not a valid path: Nul character not allowed"));
  }

  @Test
  void aMissingOrFileInputFolderIsRefused() throws IOException {
    Path missing = temp.resolve("nowhere");
    Path file = Files.writeString(temp.resolve("specs.json"), "{}");
    Path specs = TestResources.folder("fixtures/specs");

    assertThat(CliRun.of("--specs", missing.toString(), "--check")).isEqualTo(refused("--specs " + missing + ": no such folder"));
    assertThat(CliRun.of("--specs", file.toString(), "--check")).isEqualTo(refused("--specs " + file + " is a file, not a folder"));
    assertThat(CliRun.of("--specs", specs.toString(), "--diff", missing.toString()))
        .isEqualTo(refused("--diff " + missing + ": no such folder"));
  }

  /** Every option, what it does, and an example of each main use, on stdout. */
  @Test
  void helpExplainsEveryOptionWithExamples() throws IOException {
    Path expected = TestResources.folder("cli").resolve("help.txt");

    assertThat(CliRun.of("--help")).isEqualTo(new CliRun(0, Files.readAllLines(expected, StandardCharsets.UTF_8), List.of()));
    assertThat(CliRun.of("--specs", "a", "--help").status()).isZero();
  }

  @Test
  void versionPrintsTheProjectsVersion() throws IOException {
    assertThat(CliRun.of("--version")).isEqualTo(new CliRun(0, List.of("imagegen generator " + CliRun.projectVersion()), List.of()));
  }

  private static CliRun refused(String message) {
    List<String> err = new ArrayList<>(List.of("error: " + message));
    err.addAll(USAGE_HINT);
    return new CliRun(1, List.of(), err);
  }

  /** What {@code args} ask for, parsed and checked as a run would. */
  private static CliArguments arguments(String... args) {
    PrintStream discard = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    CommandLine commandLine = GeneratorCommand.commandLine(discard, discard);
    commandLine.parseArgs(args);
    return ((GeneratorCommand) commandLine.getCommand()).arguments();
  }
}
