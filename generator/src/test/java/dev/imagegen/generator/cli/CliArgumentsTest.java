package dev.imagegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the command line accepts, and the complete message of each way it refuses. */
class CliArgumentsTest {

  private static final Optional<Path> NONE = Optional.empty();

  @Test
  void readsSpecsAndOut() throws UsageException {
    assertThat(CliArguments.parse("--specs", "specs", "--out", "gen"))
        .isEqualTo(new CliArguments(Path.of("specs"), Optional.of(Path.of("gen")), NONE, NONE, NONE, false, false));
  }

  @Test
  void checkNeedsNoOutAndValuesMayFollowAnEqualsSign() throws UsageException {
    assertThat(CliArguments.parse("--check", "--specs=my specs"))
        .isEqualTo(new CliArguments(Path.of("my specs"), NONE, NONE, NONE, NONE, true, false));
  }

  @Test
  void exportsAndTheDiffAreEachEnoughToDo() throws UsageException {
    assertThat(CliArguments.parse("--specs", "new", "--openapi", "api.json", "--wiremock=stubs", "--diff", "old"))
        .isEqualTo(new CliArguments(Path.of("new"), NONE, Optional.of(Path.of("api.json")), Optional.of(Path.of("stubs")),
            Optional.of(Path.of("old")), false, false));
    assertThat(CliArguments.parse("--specs", "new", "--diff", "old").diff()).hasValue(Path.of("old"));
    assertThat(CliArguments.parse("--specs", "new", "--wiremock", "stubs").wiremock()).hasValue(Path.of("stubs"));
  }

  @Test
  void theSpecsMayBeComparedWithThemselves() throws UsageException {
    assertThat(CliArguments.parse("--specs", "specs", "--diff", "./specs").diff()).hasValue(Path.of("./specs"));
  }

  @Test
  void aPathTheFileSystemCannotNameIsRefused() {
    assertThatThrownBy(() -> CliArguments.parse("--specs", "sp\0ecs", "--check")).isInstanceOf(UsageException.class)
        .hasMessage("--specs sp\0ecs is not a valid path: Nul character not allowed");
  }

  @Test
  void helpNeedsNothingElse() throws UsageException {
    assertThat(CliArguments.parse("--help").help()).isTrue();
  }

  /** Arguments separated by spaces (none contains one), and the complete message. */
  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
                                         | --specs is required
      --specs                            | --specs needs a value: --specs DIR
      --specs --check                    | --specs needs a value: --specs DIR
      --specs=                           | --specs needs a value: --specs DIR
      --specs a                          | nothing to do: give --out, --openapi, --wiremock, --diff or --check
      --specs a --openapi                | --openapi needs a value: --openapi FILE
      --specs a --wiremock --check       | --wiremock needs a value: --wiremock DIR
      --specs a --diff=                  | --diff needs a value: --diff OLD_DIR
      --specs a --diff b --diff c        | --diff is given twice
      --specs a --out b --bogus          | unknown option --bogus
      --specs a --out b extra            | unexpected argument extra
      --specs a --specs b --check        | --specs is given twice
      --specs a --check --check          | --check is given twice
      --specs a --out x --wiremock x     | --out x and --wiremock x are the same path
      --specs a --out g --openapi g/o.json | --openapi g/o.json is inside --out g; an output must lie apart from the other paths
      --specs a --wiremock w --out w/src | --out w/src is inside --wiremock w; an output must lie apart from the other paths
      --specs specs --out specs/gen      | --out specs/gen is inside --specs specs; an output must lie apart from the other paths
      --specs gen/specs --out gen        | --specs gen/specs is inside --out gen; an output must lie apart from the other paths
      --specs a --diff b --out b/../b    | --diff b and --out b/../b are the same path
      """)
  void rejectsWhatCannotRun(String args, String message) {
    String[] split = args == null ? new String[0] : args.split(" ");

    assertThatThrownBy(() -> CliArguments.parse(split)).isInstanceOf(UsageException.class).hasMessage(message);
  }
}
