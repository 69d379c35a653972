package dev.imagegen.generator.cli;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.emit.ClientEmitter;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.write.AtomicDirectoryWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code --out DIR}: the generated client sources, replacing the folder as a whole. Under {@code --check}
 * they are generated too, with no folder, so that the check covers the generator as well.
 */
final class SourcesOutput implements Output {

  private final SpecSet specs;
  private final Optional<Path> dir;
  private final List<JavaFile> files;

  private SourcesOutput(SpecSet specs, Optional<Path> dir, List<JavaFile> files) {
    this.specs = specs;
    this.dir = dir;
    this.files = files;
  }

  static SourcesOutput render(SpecSet specs, Optional<Path> dir) {
    return new SourcesOutput(specs, dir, ClientEmitter.emit(specs));
  }

  @Override
  public String name() {
    return "the generated sources";
  }

  @Override
  public Path target() {
    return dir.orElseThrow(() -> new IllegalStateException("no --out folder: the sources were only checked"));
  }

  @Override
  public void checkWritable() throws IOException {
    OutputLocations.checkFolder(target());
  }

  @Override
  public void write() throws IOException {
    AtomicDirectoryWriter.replace(target(), empty -> {
      for (JavaFile file : files) {
        file.writeTo(empty);
      }
    });
  }

  /** One line per provider, such as {@code segmind: 3 models (a, b, c), 38 parameters checked}. */
  @Override
  public List<String> lines(String outcome) {
    return specs.providers().stream().map(provider -> ProviderSummary.line(provider, outcome)).toList();
  }
}
