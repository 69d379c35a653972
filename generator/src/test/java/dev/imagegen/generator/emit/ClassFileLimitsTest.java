package dev.imagegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.generator.load.SpecLimits;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.testing.SpecFolderCopies;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest spec set the loader takes ({@link SpecLimits}) generates code that compiles with
 * {@code --release 11} and stays at most half-way to the JVM's limits: a provider of
 * {@value SpecLimits#MODELS_PER_PROVIDER} models, and a model of {@value SpecLimits#PARAMETERS_PER_MODEL}
 * parameters with enums of {@value SpecLimits#ENUM_VALUES} values. The sizes are read from the class
 * files with {@code javap}: the bytecode of each method, and the constants of each class.
 */
class ClassFileLimitsTest {

  private static final String PROVIDER = "scale";
  private static final String PACKAGE = "dev/imagegen/client/scale/";
  private static final int HALF_OF_METHOD_LIMIT = 65_535 / 2;
  private static final int HALF_OF_CONSTANT_LIMIT = 65_535 / 2;
  private static final Pattern INSTRUCTION = Pattern.compile("^\\s+(\\d+): ");
  private static final Pattern CONSTANT = Pattern.compile("^\\s+#(\\d+) = ");

  @TempDir static Path temp;

  @BeforeAll
  static void generateAndCompileTheLargestSpecSet() throws Exception {
    Path specs = temp.resolve("specs");
    SpecFolderCopies.copy(TestSpecs.FIXTURES.resolve("acme-labs"), specs.resolve(PROVIDER));
    try (var files = Files.list(specs.resolve(PROVIDER))) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.writeString(specs.resolve(PROVIDER).resolve("provider.json"),
        Files.readString(TestSpecs.FIXTURES.resolve("acme-labs").resolve("provider.json"))
            .replace("\"id\": \"acme-labs\"", "\"id\": \"" + PROVIDER + "\""));
    for (int i = 1; i < SpecLimits.MODELS_PER_PROVIDER; i++) {
      writeModel(specs, String.format("m%04d", i), "\"prompt\": {\"type\": \"string\", \"description\": \"A prompt.\", \"required\": true}");
    }
    writeModel(specs, "wide", wideParameters());

    InProcessCompiler.Result result = InProcessCompiler.compile(ClientEmitter.emit(SpecLoader.load(specs)), temp.resolve("classes"));
    assertThat(result.ofKind(Diagnostic.Kind.ERROR)).as(result.describe()).isEmpty();
  }

  @Test
  void theClientAndCatalogOfTheLargestProviderStayFarFromTheLimits() throws IOException {
    for (String type : List.of("ScaleClient", "ScaleCatalog")) {
      assertFarFromTheLimits(type);
    }
  }

  @Test
  void theRequestTypeOfTheWidestModelStaysFarFromTheLimits() throws IOException {
    for (String type : List.of("WideRequest", "WideRequest$Builder", "WideRequest$Choice0", "WideRequest$Choice1")) {
      assertFarFromTheLimits(type);
    }
  }

  private static void assertFarFromTheLimits(String type) {
    String disassembly = javap("-v", "-p", temp.resolve("classes").resolve(PACKAGE + type + ".class").toString());
    assertThat(largest(disassembly, INSTRUCTION)).as("the largest bytecode offset of a method of " + type)
        .isLessThan(HALF_OF_METHOD_LIMIT);
    assertThat(largest(disassembly, CONSTANT)).as("the constants of " + type).isLessThan(HALF_OF_CONSTANT_LIMIT);
  }

  /** Every parameter type, up to the limit, with two enums of the most values. */
  private static String wideParameters() {
    List<String> parameters = new ArrayList<>();
    for (int e = 0; e < 2; e++) {
      String values = IntStream.range(0, SpecLimits.ENUM_VALUES).mapToObj(v -> "\"value " + v + "\"").collect(Collectors.joining(", "));
      parameters.add("\"choice_" + e + "\": {\"type\": \"enum\", \"description\": \"A choice.\", \"values\": [" + values + "]}");
    }
    String[] kinds = {
        "{\"type\": \"integer\", \"description\": \"A count.\", \"minimum\": 1, \"maximum\": 100, \"multipleOf\": 1}",
        "{\"type\": \"number\", \"description\": \"A scale.\", \"minimum\": 0.5, \"maximum\": 7.5}",
        "{\"type\": \"string\", \"description\": \"A text.\", \"minLength\": 1, \"maxLength\": 100}",
        "{\"type\": \"boolean\", \"description\": \"A switch.\"}",
        "{\"type\": \"image\", \"description\": \"An image.\", \"imageForms\": [\"url\", \"base64\"]}"};
    for (int i = parameters.size(); i < SpecLimits.PARAMETERS_PER_MODEL; i++) {
      parameters.add("\"p" + i + "\": " + kinds[i % kinds.length]);
    }
    return String.join(",\n", parameters);
  }

  private static void writeModel(Path specs, String id, String parameters) throws IOException {
    Files.writeString(specs.resolve(PROVIDER).resolve(id + ".json"), """
        {
          "kind": "model", "id": "%s", "provider": "%s", "title": "A model", "summary": "A model.",
          "source": "https://docs.example.test/class-file-limits", "flows": ["sync", "async"], "responseContentTypes": ["image/png"],
          "parameters": {%s}
        }
        """.formatted(id, PROVIDER, parameters));
  }

  private static int largest(String disassembly, Pattern numbered) {
    int largest = 0;
    for (String line : disassembly.split("\n")) {
      Matcher matcher = numbered.matcher(line);
      if (matcher.find()) {
        largest = Math.max(largest, Integer.parseInt(matcher.group(1)));
      }
    }
    return largest;
  }

  private static String javap(String... arguments) {
    StringWriter out = new StringWriter();
    int status = ToolProvider.findFirst("javap").orElseThrow()
        .run(new PrintWriter(out), new PrintWriter(out), arguments);
    assertThat(status).as(out.toString()).isZero();
    return out.toString();
  }
}
