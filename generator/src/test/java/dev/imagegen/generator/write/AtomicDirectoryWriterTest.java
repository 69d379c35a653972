package dev.imagegen.generator.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicDirectoryWriterTest {

  @TempDir Path temp;

  @Test
  void writesANewFolderWithItsParentsAndTheMarker() throws IOException {
    Path out = temp.resolve("a/b/out");

    AtomicDirectoryWriter.replace(out, dir -> write(dir, "pkg/One.java", "one"));

    assertThat(FileTrees.list(out)).containsExactly(AtomicDirectoryWriter.MARKER, "pkg", "pkg/One.java");
    assertThat(out.resolve("pkg/One.java")).hasContent("one");
    assertThat(FileTrees.list(temp.resolve("a/b"))).as("no staging folder left").containsExactly("out", "out/" + AtomicDirectoryWriter.MARKER,
        "out/pkg", "out/pkg/One.java");
  }

  @Test
  void replacesAnEarlierTreeAsAWhole() throws IOException {
    Path out = temp.resolve("out");
    AtomicDirectoryWriter.replace(out, dir -> write(dir, "old/Stale.java", "stale"));

    AtomicDirectoryWriter.replace(out, dir -> write(dir, "pkg/Fresh.java", "fresh"));

    assertThat(FileTrees.list(out)).containsExactly(AtomicDirectoryWriter.MARKER, "pkg", "pkg/Fresh.java");
    assertThat(FileTrees.list(temp)).allMatch(p -> p.startsWith("out"), "nothing left beside out");
  }

  @Test
  void failureWhileWritingLeavesTheEarlierTreeAndNoLeftovers() throws IOException {
    Path out = temp.resolve("out");
    AtomicDirectoryWriter.replace(out, dir -> write(dir, "pkg/Kept.java", "kept"));
    List<String> before = FileTrees.list(temp);

    assertThatThrownBy(() -> AtomicDirectoryWriter.replace(out, dir -> {
      write(dir, "pkg/Half.java", "half");
      throw new IOException("disk full");
    })).isInstanceOf(IOException.class).hasMessage("disk full");

    assertThat(FileTrees.list(temp)).isEqualTo(before);
    assertThat(out.resolve("pkg/Kept.java")).hasContent("kept");
  }

  @Test
  void writesIntoAnExistingEmptyFolder() throws IOException {
    Path out = Files.createDirectory(temp.resolve("out"));

    AtomicDirectoryWriter.replace(out, dir -> write(dir, "One.java", "one"));

    assertThat(FileTrees.list(out)).containsExactly(AtomicDirectoryWriter.MARKER, "One.java");
  }

  @Test
  void refusesAFolderItDidNotWrite() throws IOException {
    Path out = Files.createDirectory(temp.resolve("src"));
    write(out, "Mine.java", "mine");

    assertThatThrownBy(() -> AtomicDirectoryWriter.replace(out, dir -> write(dir, "One.java", "one")))
        .isInstanceOf(IOException.class)
        .hasMessage("refusing to replace " + out + ": it holds files and no .imagegen-generated marker, so the generator did not write it");
    assertThat(FileTrees.list(temp)).containsExactly("src", "src/Mine.java");
  }

  @Test
  void refusesAFile() throws IOException {
    Path out = Files.writeString(temp.resolve("out"), "text");

    assertThatThrownBy(() -> AtomicDirectoryWriter.replace(out, dir -> write(dir, "One.java", "one")))
        .isInstanceOf(IOException.class)
        .hasMessage(out + " is a file, not a folder");
    assertThat(out).hasContent("text");
  }

  private static void write(Path dir, String relative, String text) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
