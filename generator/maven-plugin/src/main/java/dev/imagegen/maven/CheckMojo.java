package dev.imagegen.maven;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.cli.ProviderSummary;
import dev.imagegen.generator.emit.ClientEmitter;
import dev.imagegen.generator.spec.SpecSet;
import java.io.IOException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * {@code imagegen:check}: loads and checks the specs and renders their sources in memory, writing nothing;
 * the same check as the command line's {@code --check}.
 *
 * @throws org.apache.maven.plugin.MojoFailureException listing every spec error, one line each
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends SpecsMojo {

  @Override
  void run() throws MojoExecutionException, MojoFailureException {
    SpecSet specs = loadSpecs();
    try {
      ClientEmitter.emit(specs, JavaFile::toString);
    } catch (IOException e) {
      throw cannot("render the sources in memory", e);
    }
    specs.providers().forEach(provider -> getLog().info("imagegen: " + ProviderSummary.line(provider, "checked")));
  }
}
