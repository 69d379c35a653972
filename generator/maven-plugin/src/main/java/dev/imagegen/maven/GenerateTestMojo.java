package dev.imagegen.maven;

import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.project.MavenProject;

/**
 * {@code imagegen:generate-test}: like {@code generate}, for a client that only the tests use: the sources
 * go to the test sources.
 */
@Mojo(name = "generate-test", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true)
public class GenerateTestMojo extends SourcesMojo {

  @Override
  String defaultFolder() {
    return "generated-test-sources/imagegen";
  }

  @Override
  void addSourceRoot(MavenProject project, String folder) {
    project.addTestCompileSourceRoot(folder);
  }
}
