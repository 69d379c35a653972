package dev.imagegen.maven;

import dev.imagegen.generator.diff.Bump;
import dev.imagegen.generator.diff.SpecDiff;
import java.io.File;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code imagegen:diff}: compares the specs with an older folder (the specs of the last release), logs every
 * change and the Semantic Versioning step they imply, and fails the build on a breaking change unless the
 * major version moved from {@code previousVersion} to the project's version.
 *
 * @throws org.apache.maven.plugin.MojoFailureException on a breaking change the version does not allow, or
 *     when either folder has spec errors
 */
@Mojo(name = "diff", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class DiffMojo extends SpecsMojo {

  private static final Pattern MAJOR = Pattern.compile("^v?(\\d{1,9})");

  /** The older specs folder to compare with, such as a checkout of the last release's {@code specs/}. */
  @Parameter(property = "imagegen.oldSpecs", required = true)
  File oldSpecs;

  /** The version the older specs were released in, such as {@code 1.4.0}; without it every breaking change fails. */
  @Parameter(property = "imagegen.previousVersion")
  String previousVersion;

  /** The version being built. */
  @Parameter(property = "imagegen.version", defaultValue = "${project.version}", required = true)
  String version;

  /** Fails the build on a breaking change the version does not allow; {@code false} only logs it. */
  @Parameter(property = "imagegen.failOnBreaking", defaultValue = "true")
  boolean failOnBreaking;

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    SpecDiff diff = SpecDiff.between(load(oldSpecs.toPath(), "the older specs"), loadSpecs());
    diff.report().lines().forEach(line -> getLog().info("imagegen: " + line));
    if (diff.bump() == Bump.MAJOR && !majorMoved()) {
      String message = "breaking changes since " + oldSpecs + " need a new major version, but "
          + (previousVersion == null ? "no previousVersion is set to compare " + version + " with"
              : version + " does not raise the major version of " + previousVersion);
      if (failOnBreaking) {
        throw new MojoFailureException(message);
      }
      getLog().warn("imagegen: " + message);
    }
  }

  private boolean majorMoved() {
    Optional<Integer> before = major(previousVersion);
    Optional<Integer> after = major(version);
    return before.isPresent() && after.isPresent() && after.get() > before.get();
  }

  /** The leading number of a version such as {@code 2.0.0-SNAPSHOT} or {@code v2.0}, if it has one. */
  private static Optional<Integer> major(String version) {
    if (version == null) {
      return Optional.empty();
    }
    Matcher digits = MAJOR.matcher(version);
    return digits.find() ? Optional.of(Integer.parseInt(digits.group(1))) : Optional.empty();
  }
}
