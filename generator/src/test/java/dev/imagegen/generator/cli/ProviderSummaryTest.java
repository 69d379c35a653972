package dev.imagegen.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.generator.export.TestResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-provider line names every model of a small provider, and only the first few of a large one. */
class ProviderSummaryTest {

  private static final Path BOLT = TestResources.folder("fixtures/specs/bolt");

  @TempDir Path specs;

  @Test
  void namesUpToFiveModelsThenTheFirstFourAndHowManyMore() throws IOException {
    provider("five", 5);
    provider("six", 6);
    provider("twelve", 12);

    assertThat(CliRun.of("--specs", specs.toString(), "--check")).isEqualTo(new CliRun(0, List.of(
        "five: 5 models (five-01, five-02, five-03, five-04, five-05), 10 parameters checked",
        "six: 6 models (six-01, six-02, six-03, six-04 and 2 more), 12 parameters checked",
        "twelve: 12 models (twelve-01, twelve-02, twelve-03, twelve-04 and 8 more), 24 parameters checked"), List.of()));
  }

  /**
   * A copy of the {@code bolt} fixture provider named {@code id}, with {@code models} copies of its one model,
   * each with an app id of its own (models on one path must differ in their fixed fields).
   */
  private void provider(String id, int models) throws IOException {
    Path folder = Files.createDirectory(specs.resolve(id));
    Files.writeString(folder.resolve("provider.json"),
        Files.readString(BOLT.resolve("provider.json")).replace("\"id\": \"bolt\"", "\"id\": \"" + id + "\""));
    String model = Files.readString(BOLT.resolve("bolt-canny.json")).replace("\"provider\": \"bolt\"", "\"provider\": \"" + id + "\"");
    for (int i = 1; i <= models; i++) {
      String modelId = String.format("%s-%02d", id, i);
      Files.writeString(folder.resolve(modelId + ".json"), model.replace("\"id\": \"bolt-canny\"", "\"id\": \"" + modelId + "\"")
          .replace("\"ap-fixture\"", "\"ap-" + modelId + "\""));
    }
  }
}
