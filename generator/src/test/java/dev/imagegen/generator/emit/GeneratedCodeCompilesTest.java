package dev.imagegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.spec.SpecSet;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everything emitted from the real specs, the fixture specs and the unusual ones compiles together with the
 * hand-written runtime with {@code --release 11}: no error anywhere and not even a lint warning in
 * generated code. Every diagnostic is printed on failure.
 */
class GeneratedCodeCompilesTest {

  @Test
  void realSpecsCompileWithTheRuntime(@TempDir Path classes) throws Exception {
    assertCompilesCleanly(TestSpecs.real(), classes);
  }

  @Test
  void fixtureSpecsCompileWithTheRuntime(@TempDir Path classes) throws Exception {
    assertCompilesCleanly(TestSpecs.fixtures(), classes);
  }

  @Test
  void unusualSpecsCompileWithTheRuntime(@TempDir Path classes) throws Exception {
    assertCompilesCleanly(TestSpecs.unusual(), classes);
  }

  @Test
  void realSpecsYieldATypeOfEachKindPerModel() throws Exception {
    SpecSet specs = TestSpecs.real();
    List<JavaFile> files = ClientEmitter.emit(specs);
    long models = specs.models().count();
    assertThat(files).hasSize((int) (3 * models + 2 * specs.providers().size()));
    assertThat(files).extracting(file -> file.packageName() + "." + file.typeSpec().name())
        .contains("dev.imagegen.client.segmind.FluxSchnellRequest",
            "dev.imagegen.client.segmind.Sd15Img2imgService",
            "dev.imagegen.client.segmind.SegmindClient",
            "dev.imagegen.client.qolaba.SdxlControlnetCannyApi",
            "dev.imagegen.client.qolaba.QolabaCatalog");
  }

  private static void assertCompilesCleanly(SpecSet specs, Path classes) throws Exception {
    InProcessCompiler.Result result = InProcessCompiler.compile(ClientEmitter.emit(specs), classes);
    assertThat(result.ofKind(Diagnostic.Kind.ERROR)).as(result.describe()).isEmpty();
    assertThat(result.inGeneratedFiles()).as(result.describe()).isEmpty();
  }
}
