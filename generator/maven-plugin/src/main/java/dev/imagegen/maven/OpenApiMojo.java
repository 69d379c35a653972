package dev.imagegen.maven;

import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.openapi.OpenApiExporter;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.write.FileReplacement;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code imagegen:openapi}: writes one OpenAPI 3.0.3 document of every model of the specs, as the command line's
 * {@code --openapi} does, versioned like the project.
 *
 * @throws org.apache.maven.plugin.MojoFailureException listing every spec error, one line each, or when the
 *     specs hold something OpenAPI cannot describe
 */
@Mojo(name = "openapi", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class OpenApiMojo extends ExportMojo<String> {

  /** The document to write; missing folders above it are created. */
  @Parameter(defaultValue = "${project.build.directory}/imagegen/openapi.json", required = true)
  File openapiFile;

  /** The document's {@code info.version}. */
  @Parameter(defaultValue = "${project.version}", required = true)
  String documentVersion;

  @Override
  String name() {
    return "the OpenAPI document";
  }

  @Override
  String targetParameter() {
    return "openapiFile";
  }

  @Override
  File target() {
    return openapiFile;
  }

  @Override
  String render(SpecSet specs) throws ExportException {
    return OpenApiExporter.render(specs, documentVersion);
  }

  @Override
  void write(String document, Path file) throws IOException {
    FileReplacement.write(file, document);
  }
}
