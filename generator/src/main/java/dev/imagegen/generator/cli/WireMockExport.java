package dev.imagegen.generator.cli;

import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.wiremock.WireMockExporter;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.write.AtomicDirectoryWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;

/** {@code --wiremock DIR}: WireMock stubs of both flows of every model, replacing the folder as a whole. */
final class WireMockExport implements Output {

  private final Path dir;
  private final SortedMap<String, byte[]> files;

  private WireMockExport(Path dir, SortedMap<String, byte[]> files) {
    this.dir = dir;
    this.files = files;
  }

  static WireMockExport render(SpecSet specs, Path dir) throws ExportException {
    return new WireMockExport(dir, WireMockExporter.files(specs));
  }

  @Override
  public String name() {
    return "the WireMock stubs";
  }

  @Override
  public Path target() {
    return dir;
  }

  @Override
  public void checkWritable() throws IOException {
    OutputLocations.checkFolder(dir);
  }

  @Override
  public void write() throws IOException {
    AtomicDirectoryWriter.replace(dir, empty -> WireMockExporter.write(files, empty));
  }

  @Override
  public List<String> lines(String outcome) {
    // WireMock's layout: stubs under mappings/, the bodies they answer with under __files/.
    int mappings = (int) files.keySet().stream().filter(path -> path.startsWith("mappings/")).count();
    return List.of("wiremock: " + Counts.of(mappings, "mapping") + ", " + Counts.of(files.size() - mappings, "response file")
        + " " + outcome);
  }
}
