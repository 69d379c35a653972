package dev.imagegen.generator.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imagegen.generator.spec.SpecLocation;
import dev.imagegen.generator.write.FileTrees;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of malformed specs: {@code malformed/<case>/specs} is a specs folder with mistakes, and
 * {@code malformed/<case>/expected.txt} is the complete report the loader must give, one line per problem.
 * Each case keeps its files in provider folders named after the case, so all cases fit in one folder.
 */
class MalformedSpecsTest {

  static final Path CORPUS = resource("/malformed");

  @TempDir Path temp;

  static List<String> cases() throws IOException {
    try (Stream<Path> dirs = Files.list(CORPUS)) {
      return dirs.map(d -> d.getFileName().toString()).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedProblems(String name) throws IOException {
    SpecException e = catchThrowableOfType(SpecException.class, () -> SpecLoader.load(CORPUS.resolve(name).resolve("specs")));

    assertThat(e).as("the loader must refuse " + name).isNotNull();
    assertThat(e.errors()).map(SpecError::toString).containsExactlyElementsOf(expected(name));
    assertThat(e.getMessage()).isEqualTo(String.join("\n", expected(name)));
  }

  @Test
  void theCorpusCoversAtLeast25Mistakes() throws IOException {
    assertThat(cases()).hasSizeGreaterThanOrEqualTo(25);
  }

  /**
   * Every case in one specs folder: every problem of every file is reported, not just the first, and
   * a broken file does not hide the problems of the others. Cases about the specs folder as a whole
   * (a line at {@code specs#}) cannot share a folder and are left out.
   */
  @Test
  void reportsEveryProblemOfEveryCaseAtOnce() throws IOException {
    Path specs = Files.createDirectory(temp.resolve("specs"));
    List<String> expected = new ArrayList<>();
    for (String name : cases()) {
      List<String> lines = expected(name);
      if (lines.stream().noneMatch(line -> line.startsWith("specs#"))) {
        FileTrees.copy(CORPUS.resolve(name).resolve("specs"), specs);
        expected.addAll(lines);
      }
    }
    // Each case is in file order already; a stable sort by file merges them as the loader does.
    expected.sort(Comparator.comparing(line -> line.substring(0, line.indexOf('#'))));

    SpecException e = catchThrowableOfType(SpecException.class, () -> SpecLoader.load(specs));

    assertThat(expected).hasSizeGreaterThan(60);
    assertThat(e.errors()).map(SpecError::toString).containsExactlyElementsOf(expected);
  }

  @Test
  void aMissingSpecsFolderIsReported() {
    Path missing = temp.resolve("nowhere");

    SpecException e = catchThrowableOfType(SpecException.class, () -> SpecLoader.load(missing));

    assertThat(e.errors()).containsExactly(
        new SpecError(SpecLocation.ofFile("nowhere"), "the specs folder " + missing + " does not exist"));
  }

  @Test
  void aFileInsteadOfASpecsFolderIsReported() throws IOException {
    Path file = Files.writeString(temp.resolve("specs.json"), "{}");

    SpecException e = catchThrowableOfType(SpecException.class, () -> SpecLoader.load(file));

    assertThat(e.errors()).map(SpecError::toString).containsExactly("specs.json#: " + file + " is not a folder");
  }

  static List<String> expected(String name) throws IOException {
    return Files.readAllLines(CORPUS.resolve(name).resolve("expected.txt"));
  }

  private static Path resource(String name) {
    try {
      return Path.of(MalformedSpecsTest.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
