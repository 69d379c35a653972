package dev.imagegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.export.openapi.OpenApiExporter;
import dev.imagegen.generator.export.wiremock.WireMockExporter;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.testing.SpecFolderCopies;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first promise of the project: a model is added by dropping one spec file into {@code specs/}.
 * A copy of the real specs gets, in each provider whose sync path names the model, a copy of its first
 * model under a new id; the whole set then loads, generates code that compiles with the runtime, and
 * exports. (A provider that tells models apart by fixed fields, such as Qolaba's {@code app_id}, rightly
 * refuses a copy that keeps them.)
 */
class DroppedInModelTest {

  private static final String SUFFIX = "-dropped-in";

  @Test
  void aCopyOfARealSpecUnderANewIdLoadsGeneratesCompilesAndExports(@TempDir Path temp) throws Exception {
    SpecSet real = TestSpecs.real();
    Path specs = SpecFolderCopies.copy(TestSpecs.realSpecsDir(), temp.resolve("specs"));
    List<String> added = new ArrayList<>();
    List<String> addedPaths = new ArrayList<>();
    for (ProviderSpec provider : real.providers()) {
      if (provider.sync().path().contains("{model}")) {
        String id = provider.models().get(0).id() + SUFFIX;
        SpecFolderCopies.dropIn(specs, provider.id(), provider.models().get(0).id(), id);
        added.add(provider.id() + "/" + id);
        addedPaths.add(provider.sync().path().replace("{model}", id));
      }
    }
    assertThat(added).as("providers whose models are told apart by the path").isNotEmpty();

    SpecSet grown = SpecLoader.load(specs);
    assertThat(ids(grown)).containsAll(ids(real)).containsAll(added).hasSize(ids(real).size() + added.size());

    List<JavaFile> files = ClientEmitter.emit(grown);
    InProcessCompiler.Result result = InProcessCompiler.compile(files, temp.resolve("classes"));
    assertThat(result.ofKind(Diagnostic.Kind.ERROR)).as(result.describe()).isEmpty();

    String openApi = OpenApiExporter.render(grown, "0.0.0");
    Set<String> stubs = WireMockExporter.files(grown).keySet();
    addedPaths.forEach(path -> assertThat(openApi).contains("\"" + path + "\""));
    added.forEach(model -> assertThat(stubs).contains("mappings/" + model.replace('/', '-') + "-sync.json"));
  }

  private static Set<String> ids(SpecSet specs) {
    return specs.models().map(DroppedInModelTest::qualifiedId).collect(Collectors.toSet());
  }

  private static String qualifiedId(ModelSpec model) {
    return model.providerId() + "/" + model.id();
  }
}
