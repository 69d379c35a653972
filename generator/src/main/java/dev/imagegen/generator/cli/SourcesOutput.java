package dev.imagegen.generator.cli;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.emit.ClientEmitter;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.write.AtomicDirectoryWriter;
import dev.imagegen.generator.write.JavaSourceWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * {@code --out DIR}: the generated client sources, replacing the folder as a whole. Under {@code --check}
 * they are generated and rendered too, with no folder, so that the check covers the generator as well.
 *
 * <p>Unlike the exports, the sources are not held in memory: they are emitted while they are written,
 * models in parallel, so that a thousand models need little memory. They are the first output, so when
 * they fail nothing else has been written, and the folder is replaced only once they are all written.
 */
final class SourcesOutput implements Output {

  private final SpecSet specs;
  private final Optional<Path> dir;

  private SourcesOutput(SpecSet specs, Optional<Path> dir) {
    this.specs = specs;
    this.dir = dir;
  }

  static SourcesOutput render(SpecSet specs, Optional<Path> dir) {
    if (dir.isEmpty()) {
      try {
        ClientEmitter.emit(specs, JavaFile::toString);
      } catch (IOException e) {
        throw new UncheckedIOException("rendering the sources in memory", e);
      }
    }
    return new SourcesOutput(specs, dir);
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
    AtomicDirectoryWriter.replace(target(), empty -> ClientEmitter.emit(specs, file -> JavaSourceWriter.write(file, empty)));
  }

  /** One line per provider, such as {@code segmind: 3 models (a, b, c), 38 parameters checked}. */
  @Override
  public List<String> lines(String outcome) {
    return specs.providers().stream().map(provider -> ProviderSummary.line(provider, outcome)).toList();
  }
}
