package dev.imagegen.maven;

import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.spec.SpecSet;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * An export of the specs: rendered whole in memory first, so that specs the export cannot describe fail the
 * build with nothing written, then written to its target in one replacement.
 *
 * @param <T> the rendered export
 */
abstract class ExportMojo<T> extends SpecsMojo {

  /** The export's name in messages, such as {@code the OpenAPI document}. */
  abstract String name();

  /** The parameter that names where the export goes. */
  abstract String targetParameter();

  /** Where the export goes. */
  abstract File target();

  /** The export of {@code specs}. */
  abstract T render(SpecSet specs) throws ExportException;

  /** Writes {@code export} to {@code target}, replacing what was there. */
  abstract void write(T export, Path target) throws IOException;

  @Override
  final void run() throws MojoExecutionException, MojoFailureException {
    checkApartFromSpecs(targetParameter(), target());
    T export;
    try {
      export = render(loadSpecs());
    } catch (ExportException e) {
      throw new MojoFailureException(e.getMessage());
    }
    try {
      write(export, target().toPath());
    } catch (IOException e) {
      throw cannot("write " + name() + " to " + target(), e);
    }
    getLog().info("imagegen: " + name() + " -> " + target());
  }
}
