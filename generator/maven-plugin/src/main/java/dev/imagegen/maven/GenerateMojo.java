package dev.imagegen.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * {@code imagegen:generate}: generates the client sources of the specs and adds them to the main sources.
 * Nothing is written when neither the specs nor the generator changed since the last run.
 *
 * @throws org.apache.maven.plugin.MojoFailureException listing every spec error, one line each
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends SourcesMojo {

  @Override
  String defaultFolder() {
    return "generated-sources/imagegen";
  }

  @Override
  void addSourceRoot(MavenProject project, String folder) {
    project.addCompileSourceRoot(folder);
  }
}
