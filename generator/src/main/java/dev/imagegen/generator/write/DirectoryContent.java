package dev.imagegen.generator.write;

import java.io.IOException;
import java.nio.file.Path;

/** Writes the files of a tree into an empty folder. */
@FunctionalInterface
public interface DirectoryContent {

  void writeTo(Path emptyDirectory) throws IOException;
}
