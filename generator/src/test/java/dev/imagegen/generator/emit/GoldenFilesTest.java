package dev.imagegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compares the whole text of every file emitted for the fixture specs ({@code src/test/resources/fixtures/specs})
 * with its expected source in {@code src/test/resources/golden/<Type>.java}. The fixtures exercise every
 * emitter: request types with nested enums, Retrofit interfaces, services, catalogs and clients.
 *
 * <p>After an intended change to the emitters, regenerate the expected sources and review the diff:
 *
 * <pre>
 * mvn -B -pl generator test -Dtest=GoldenFilesTest -Dimagegen.updateGolden=true
 * git diff generator/src/test/resources/golden
 * </pre>
 */
class GoldenFilesTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("imagegen.updateGolden");

  static Stream<Named<JavaFile>> fixtureFiles() throws Exception {
    return ClientEmitter.emit(TestSpecs.fixtures()).stream().map(file -> Named.of(file.typeSpec().name(), file));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtureFiles")
  void emittedFileMatchesGolden(JavaFile file) throws IOException {
    Path golden = goldenOf(file);
    if (UPDATE) {
      Files.writeString(golden, file.toString(), StandardCharsets.UTF_8);
    }
    assertThat(file.toString()).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void everyGoldenFileIsEmitted() throws Exception {
    List<String> emitted = fixtureFiles().map(file -> goldenOf(file.getPayload()).getFileName().toString()).sorted()
        .collect(Collectors.toList());
    try (Stream<Path> goldens = Files.list(GOLDEN)) {
      assertThat(goldens.map(path -> path.getFileName().toString()).sorted()).containsExactlyElementsOf(emitted);
    }
  }

  private static Path goldenOf(JavaFile file) {
    return GOLDEN.resolve(file.typeSpec().name() + ".java");
  }
}
