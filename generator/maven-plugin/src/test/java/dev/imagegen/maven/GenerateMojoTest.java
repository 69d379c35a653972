package dev.imagegen.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.model.Build;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code imagegen:generate} on the repository's specs, run in-process as Maven would configure it. */
class GenerateMojoTest {

  private static final Path SPECS = Path.of(System.getProperty("imagegen.specs", "../../specs")).toAbsolutePath().normalize();

  @TempDir
  Path project;

  @Test
  void aSecondRunWithTheSameInputsWritesNothing() throws Exception {
    GenerateMojo first = generate(SPECS);
    first.execute();
    Map<Path, FileTime> written = modificationTimes(output());
    setAllModificationTimes(output(), FileTime.fromMillis(0));

    GenerateMojo second = generate(SPECS);
    second.execute();

    assertThat(first.project.getProperties()).containsEntry(SourcesMojo.UP_TO_DATE, "false");
    assertThat(second.project.getProperties()).containsEntry(SourcesMojo.UP_TO_DATE, "true");
    assertThat(modificationTimes(output()).keySet()).isEqualTo(written.keySet());
    assertThat(modificationTimes(output()).values()).containsOnly(FileTime.fromMillis(0));
    assertThat(second.project.getCompileSourceRoots()).containsExactly(output().toString());
  }

  @Test
  void aLostOrEditedSourceIsWrittenAgain() throws Exception {
    generate(SPECS).execute();
    Path lost = javaFiles(output()).get(0);
    String content = Files.readString(lost);
    Files.delete(lost);

    GenerateMojo afterLoss = generate(SPECS);
    afterLoss.execute();
    assertThat(afterLoss.project.getProperties()).containsEntry(SourcesMojo.UP_TO_DATE, "false");
    assertThat(lost).hasContent(content);

    Files.writeString(lost, content + "// edited\n");
    GenerateMojo afterEdit = generate(SPECS);
    afterEdit.execute();
    assertThat(afterEdit.project.getProperties()).containsEntry(SourcesMojo.UP_TO_DATE, "false");
    assertThat(lost).hasContent(content);
  }

  @Test
  void aChangedSpecIsGeneratedAgain() throws Exception {
    Path specs = copyOfSpecs();
    generate(specs).execute();
    Path spec = anyModelSpec(specs);
    Files.writeString(spec, Files.readString(spec).replaceFirst("\"summary\": \"", "\"summary\": \"Changed. "));

    GenerateMojo again = generate(specs);
    again.execute();

    assertThat(again.project.getProperties()).containsEntry(SourcesMojo.UP_TO_DATE, "false");
    try (Stream<Path> files = Files.walk(output())) {
      assertThat(files.filter(Files::isRegularFile).anyMatch(file -> contains(file, "Changed. "))).isTrue();
    }
  }

  @Test
  void skippedItStillCompilesTheSourcesOfTheLastRun() throws Exception {
    generate(SPECS).execute();
    GenerateMojo skipped = generate(Path.of("no-such-folder"));
    skipped.skip = true;

    skipped.execute();

    assertThat(skipped.project.getCompileSourceRoots()).containsExactly(output().toString());
  }

  @Test
  void anOutputInsideTheSpecsIsRefusedBeforeAnythingIsWritten() throws Exception {
    Path specs = copyOfSpecs();
    GenerateMojo mojo = generate(specs);
    mojo.outputDirectory = specs.resolve("generated").toFile();

    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("outputDirectory " + specs.resolve("generated") + " is inside specs " + specs
            + "; an output must lie apart from the other paths");
    assertThat(specs.resolve("generated")).doesNotExist();
  }

  @Test
  void aMissingSpecsFolderIsReportedByTheLoaderAsForEveryGoal() {
    Path missing = project.resolve("missing");

    assertThatThrownBy(() -> generate(missing).execute())
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("the specs in " + missing + " have 1 error:\n"
            + "missing#: the specs folder " + missing + " does not exist");
  }

  private GenerateMojo generate(Path specs) {
    GenerateMojo mojo = new GenerateMojo();
    mojo.specs = specs.toFile();
    MavenProject maven = new MavenProject();
    Build build = new Build();
    build.setDirectory(project.resolve("target").toString());
    maven.setBuild(build);
    mojo.project = maven;
    return mojo;
  }

  private Path output() {
    return project.resolve("target/generated-sources/imagegen");
  }

  private Path copyOfSpecs() throws IOException {
    Path copy = project.resolve("specs");
    try (Stream<Path> files = Files.walk(SPECS)) {
      for (Path file : files.toList()) {
        Path target = copy.resolve(SPECS.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }

  private static Path anyModelSpec(Path specs) throws IOException {
    try (Stream<Path> files = Files.walk(specs)) {
      return files.filter(file -> file.toString().endsWith(".json"))
          .filter(file -> !file.getFileName().toString().equals("provider.json"))
          .filter(file -> !file.getParent().equals(specs))
          .sorted()
          .findFirst()
          .orElseThrow();
    }
  }

  private static List<Path> javaFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static Map<Path, FileTime> modificationTimes(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).collect(Collectors.toMap(file -> file, GenerateMojoTest::modified));
    }
  }

  private static void setAllModificationTimes(Path folder, FileTime time) throws IOException {
    for (Path file : modificationTimes(folder).keySet()) {
      Files.setLastModifiedTime(file, time);
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static boolean contains(Path file, String text) {
    try {
      return Files.readString(file).contains(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
