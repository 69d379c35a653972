package dev.imagegen.maven;

import dev.imagegen.generator.cli.ProviderSummary;
import dev.imagegen.generator.emit.ClientEmitter;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.write.AtomicDirectoryWriter;
import dev.imagegen.generator.write.JavaSourceWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the client sources of the specs into a folder of their own and adds it to the build's sources.
 * The folder is replaced as a whole, so a removed model leaves no file behind; when neither the specs nor
 * the generator changed since the folder was written, and its sources are as they were written, nothing is
 * written and the compiler sees no change.
 * The goal then sets the project property {@value #UP_TO_DATE} to {@code true} ({@code false} when it wrote),
 * for later steps that can skip work, such as cleaning an earlier Javadoc run's pages.
 */
abstract class SourcesMojo extends SpecsMojo {

  /**
   * The file in the output folder that records what it was made from and what it held: the {@link Fingerprints}
   * of the inputs and of the sources.
   */
  static final String RECORD_FILE = Fingerprints.GENERATOR_FILES + "inputs";

  /** The project property that tells whether the sources were left as they were. */
  static final String UP_TO_DATE = "imagegen.upToDate";

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  MavenProject project;

  /**
   * The folder of the generated sources, replaced as a whole on each run that has changes; by default
   * {@code target/generated-sources/imagegen} for {@code generate}, {@code target/generated-test-sources/imagegen}
   * for {@code generate-test}.
   */
  @Parameter
  File outputDirectory;

  /** The folder below the build directory that {@link #outputDirectory} defaults to. */
  abstract String defaultFolder();

  /** Adds {@code folder} to the sources the build compiles. */
  abstract void addSourceRoot(MavenProject project, String folder);

  @Override
  final void run() throws MojoExecutionException, MojoFailureException {
    Path out = outputFolder();
    checkApartFromSpecs("outputDirectory", out.toFile());
    // A specs folder that cannot be read is left to the loader, which names the problem.
    Optional<String> inputs = Files.isDirectory(specs.toPath()) ? Optional.of(inputsFingerprint()) : Optional.empty();
    boolean upToDate = inputs.isPresent() && inputs.equals(writtenFrom(out));
    project.getProperties().setProperty(UP_TO_DATE, Boolean.toString(upToDate));
    if (upToDate) {
      getLog().info("imagegen: sources in " + out + " are up to date");
    } else {
      SpecSet specs = loadSpecs();
      try {
        AtomicDirectoryWriter.replace(out, folder -> {
          ClientEmitter.emit(specs, file -> JavaSourceWriter.write(file, folder));
          String record = inputs.orElseThrow() + " " + Fingerprints.ofSources(folder) + "\n";
          Files.writeString(folder.resolve(RECORD_FILE), record, StandardCharsets.UTF_8);
        });
      } catch (IOException e) {
        throw cannot("write the generated sources to " + out, e);
      }
      specs.providers().forEach(provider -> getLog().info("imagegen: " + ProviderSummary.line(provider, "-> " + out)));
    }
    addSourceRoot(project, out.toString());
  }

  /** Skipped, the goal still adds the sources of an earlier run, so that the code that uses them compiles. */
  @Override
  void skipped() {
    Path out = outputFolder();
    if (Files.isDirectory(out)) {
      addSourceRoot(project, out.toString());
      getLog().info("imagegen: skipped; the sources in " + out + " are compiled as they are");
    } else {
      super.skipped();
    }
  }

  private Path outputFolder() {
    return outputDirectory != null
        ? outputDirectory.toPath()
        : Path.of(project.getBuild().getDirectory()).resolve(defaultFolder());
  }

  private String inputsFingerprint() throws MojoExecutionException {
    try {
      return Fingerprints.ofInputs(specs.toPath());
    } catch (IOException e) {
      throw cannot("read the specs in " + specs, e);
    }
  }

  /**
   * The inputs' fingerprint {@code out} was written from, when the folder holds one and its sources are still
   * those written then (none lost or edited).
   */
  private static Optional<String> writtenFrom(Path out) {
    try {
      String[] record = Files.readString(out.resolve(RECORD_FILE), StandardCharsets.UTF_8).strip().split(" ");
      return record.length == 2 && record[1].equals(Fingerprints.ofSources(out)) ? Optional.of(record[0]) : Optional.empty();
    } catch (IOException e) {
      // No folder yet, or one from before: generate.
      return Optional.empty();
    }
  }
}
