package dev.imagegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CliArgumentsTest {

  @Test
  void readsSpecsAndOut() throws UsageException {
    assertThat(CliArguments.parse("--specs", "specs", "--out", "gen"))
        .isEqualTo(new CliArguments(Path.of("specs"), Optional.of(Path.of("gen")), false, false));
  }

  @Test
  void checkNeedsNoOutAndValuesMayFollowAnEqualsSign() throws UsageException {
    assertThat(CliArguments.parse("--check", "--specs=my specs"))
        .isEqualTo(new CliArguments(Path.of("my specs"), Optional.empty(), true, false));
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
      --specs a                          | --out is required unless --check is given
      --specs a --out b --bogus          | unknown option --bogus
      --specs a --out b extra            | unexpected argument extra
      --specs a --specs b --check        | --specs is given twice
      --specs a --check --check          | --check is given twice
      """)
  void rejectsWhatCannotRun(String args, String message) {
    String[] split = args == null ? new String[0] : args.split(" ");

    assertThatThrownBy(() -> CliArguments.parse(split)).isInstanceOf(UsageException.class).hasMessage(message);
  }
}
