package dev.imagegen.contract;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.JsonResponse;
import dev.imagegen.contract.client.Clients;
import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.client.VirtualClock;
import dev.imagegen.contract.engine.Coverage;
import dev.imagegen.contract.engine.CoverageSummary;
import dev.imagegen.contract.engine.Property;
import dev.imagegen.contract.engine.Selection;
import dev.imagegen.contract.gen.ValidRequests;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.contract.spec.SpecFolders;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.wiremock.WireMockExporter;
import dev.imagegen.generator.spec.ResponseHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Property m, for the stubs users get: the generator's WireMock export of each specs folder, served
 * by a stock WireMock, answers every valid request of every model the way the spec says, so the
 * export cannot drift from the specs or the client.
 */
@ExtendWith(CoverageSummary.class)
class ExportedStubsPropertiesTest {

  private static final Property EXPORT_SERVES = new Property(ExportedStubsPropertiesTest.class,
      "m. the generator's WireMock export serves every valid request of every model as its spec says");

  /** One server per specs folder, each on its own export. */
  private static final Map<String, Export> EXPORTS = new HashMap<>();

  /** A folder's export on disk and the WireMock serving it. */
  private record Export(Path dir, WireMockServer server) {}

  /**
   * Exports and serves the folders of the selected models before any try: at a thousand models that
   * can take longer than the 30 s a try is given, and it is no part of any one try.
   */
  @BeforeAll
  static void startExports() {
    Selection.models().stream().map(ModelUnderTest::folder).distinct().forEach(ExportedStubsPropertiesTest::exportOf);
  }

  @AfterAll
  static void stopExports() {
    EXPORTS.values().forEach(export -> {
      export.server().stop();
      delete(export.dir());
    });
    EXPORTS.clear();
  }

  @TestFactory
  Stream<DynamicTest> theExportServesEveryValidRequest() {
    return EXPORT_SERVES.forEachModel(Property.Applies.ALWAYS, ValidRequests::of, (model, request) -> {
      WireMockServer server = exportOf(model).server();
      server.resetRequests();
      server.resetScenarios();
      GeneratedClient client = Clients.at(server.baseUrl() + "/", model, new VirtualClock());
      if (model.hasSync()) {
        assertSyncAnswer(model, client.generate(request.params()));
        Coverage.count("exported stubs answered", "sync");
      }
      if (model.v2().isPresent()) {
        InferenceResult result = client.submit(request.params()).await();
        assertThat(result.output().asText()).as("output URL").startsWith(server.baseUrl() + "/outputs/" + model.provider().id() + "/");
        Coverage.count("exported stubs answered", "v2 job");
      }
    });
  }

  private static void assertSyncAnswer(ModelUnderTest model, Object answer) {
    if (answer instanceof JsonResponse json) {
      assertThat(json.body().isObject()).as("JSON body %s", json.body()).isTrue();
      return;
    }
    GeneratedImage image = (GeneratedImage) answer;
    assertThat(model.model().responseContentTypes()).contains(image.contentType());
    assertThat(image.bytes()).isNotEmpty();
    assertThat(image.remainingCredits().isPresent()).as("credits reported")
        .isEqualTo(model.provider().responseHeader(ResponseHeader.REMAINING_CREDITS).isPresent());
  }

  private static Export exportOf(ModelUnderTest model) {
    return exportOf(model.folder());
  }

  private static synchronized Export exportOf(String specsFolder) {
    return EXPORTS.computeIfAbsent(specsFolder, folder -> {
      try {
        Path dir = Files.createTempDirectory("imagegen-wiremock-export");
        WireMockExporter.write(WireMockExporter.files(SpecFolders.load(Path.of(folder))), dir);
        WireMockServer server = new WireMockServer(options().dynamicPort().usingFilesUnderDirectory(dir.toString()));
        server.start();
        return new Export(dir, server);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ExportException e) {
        throw new IllegalStateException("the WireMock export of " + folder + " failed: " + e.getMessage(), e);
      }
    });
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
