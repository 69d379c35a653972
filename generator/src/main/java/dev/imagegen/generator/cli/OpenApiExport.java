package dev.imagegen.generator.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.GeneratorVersion;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.JsonText;
import dev.imagegen.generator.export.openapi.OpenApiExporter;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.write.FileReplacement;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** {@code --openapi FILE}: one OpenAPI document of every model, versioned like the generator. */
final class OpenApiExport implements Output {

  private final Path file;
  private final String json;
  private final int paths;
  private final int models;

  private OpenApiExport(Path file, String json, int paths, int models) {
    this.file = file;
    this.json = json;
    this.paths = paths;
    this.models = models;
  }

  static OpenApiExport render(SpecSet specs, Path file) throws ExportException {
    ObjectNode document = OpenApiExporter.document(specs, GeneratorVersion.current());
    int models = specs.providers().stream().mapToInt(provider -> provider.models().size()).sum();
    return new OpenApiExport(file, JsonText.write(document), document.path("paths").size(), models);
  }

  @Override
  public String name() {
    return "the OpenAPI document";
  }

  @Override
  public Path target() {
    return file;
  }

  @Override
  public void checkWritable() throws IOException {
    OutputLocations.checkFile(file);
  }

  @Override
  public void write() throws IOException {
    FileReplacement.write(file, json);
  }

  @Override
  public List<String> lines(String outcome) {
    return List.of("openapi: OpenAPI " + OpenApiExporter.OPENAPI_VERSION + ", " + Counts.of(models, "model") + ", "
        + Counts.of(paths, "path") + " " + outcome);
  }
}
