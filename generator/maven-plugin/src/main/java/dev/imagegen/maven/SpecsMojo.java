package dev.imagegen.maven;

import dev.imagegen.generator.cli.SeparatePaths;
import dev.imagegen.generator.load.SpecError;
import dev.imagegen.generator.load.SpecException;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.spec.SpecSet;
import dev.imagegen.generator.write.IoProblems;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/** What every goal shares: the specs folder, loaded and checked, and a switch to skip the goal. */
abstract class SpecsMojo extends AbstractMojo {

  /** The specs folder: {@code spec.schema.json} beside one folder per provider. */
  @Parameter(property = "imagegen.specs", defaultValue = "${project.basedir}/specs", required = true)
  File specs;

  /** Skips the goal. */
  @Parameter(property = "imagegen.skip", defaultValue = "false")
  boolean skip;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      skipped();
      return;
    }
    run();
  }

  /** What the goal does when skipped: by default, nothing but saying so. */
  void skipped() {
    getLog().info("imagegen: skipped");
  }

  /** The goal's own work. */
  abstract void run() throws MojoExecutionException, MojoFailureException;

  /** The checked specs of {@link #specs}. */
  final SpecSet loadSpecs() throws MojoExecutionException, MojoFailureException {
    return load(specs.toPath(), "the specs");
  }

  /**
   * The checked specs of {@code folder}.
   *
   * @throws MojoFailureException when a spec is wrong: a heading, then one {@code file#pointer: reason} line
   *     per problem, as the command line prints them
   * @throws MojoExecutionException when a file or folder cannot be read
   */
  static SpecSet load(Path folder, String name) throws MojoExecutionException, MojoFailureException {
    try {
      return SpecLoader.load(folder);
    } catch (SpecException e) {
      String lines = e.errors().stream().map(SpecError::toString).collect(Collectors.joining("\n"));
      int count = e.errors().size();
      throw new MojoFailureException(
          name + " in " + folder + " have " + count + (count == 1 ? " error:\n" : " errors:\n") + lines);
    } catch (UncheckedIOException e) {
      throw cannot("read " + name + " in " + folder, e.getCause());
    }
  }

  /**
   * Refuses an {@code output} that is the specs folder, lies inside it or holds it: the next load would read
   * the output as specs, or replacing the output would wipe the specs out.
   *
   * @param parameter the output's parameter, as messages name it
   */
  final void checkApartFromSpecs(String parameter, File output) throws MojoExecutionException {
    Map<String, Path> paths = new LinkedHashMap<>();
    paths.put("specs", specs.toPath());
    paths.put(parameter, output.toPath());
    Optional<String> problem = SeparatePaths.problem(paths);
    if (problem.isPresent()) {
      throw new MojoExecutionException(problem.get());
    }
  }

  /** A failure to read or write, with what was being done and why it failed, for a build that cannot go on. */
  static MojoExecutionException cannot(String doing, IOException cause) {
    return new MojoExecutionException("cannot " + doing + ": " + IoProblems.describe(cause), cause);
  }
}
