package dev.imagegen.maven;

import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.wiremock.WireMockExporter;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.write.AtomicDirectoryWriter;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code imagegen:wiremock}: writes WireMock stubs of both flows of every model ({@code mappings/} and
 * {@code __files/}), replacing the folder as a whole, as the command line's {@code --wiremock} does.
 *
 * @throws org.apache.maven.plugin.MojoFailureException listing every spec error, one line each
 */
@Mojo(name = "wiremock", defaultPhase = LifecyclePhase.GENERATE_TEST_RESOURCES, threadSafe = true)
public class WireMockMojo extends ExportMojo<Map<String, byte[]>> {

  /** The folder of the stubs, replaced as a whole; it must be empty or one the generator wrote. */
  @Parameter(defaultValue = "${project.build.directory}/imagegen-wiremock", required = true)
  File stubsDirectory;

  @Override
  String name() {
    return "the WireMock stubs";
  }

  @Override
  String targetParameter() {
    return "stubsDirectory";
  }

  @Override
  File target() {
    return stubsDirectory;
  }

  @Override
  Map<String, byte[]> render(SpecSet specs) throws ExportException {
    return WireMockExporter.files(specs);
  }

  @Override
  void write(Map<String, byte[]> stubs, Path folder) throws IOException {
    AtomicDirectoryWriter.replace(folder, empty -> WireMockExporter.write(stubs, empty));
  }
}
