package dev.imagegen.generator.write;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Describes an I/O failure in words, because the JDK's file exceptions carry only a path. */
public final class IoProblems {

  private IoProblems() {}

  /** {@code /out: permission denied}: the path at fault, when the failure names one, and what went wrong. */
  public static String describe(IOException e) {
    if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
      return String.valueOf(e.getMessage());
    }
    return fs.getFile() + ": " + reason(e);
  }

  /** What went wrong, without the path: {@code permission denied}. */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "folder not empty";
    }
    if (e instanceof FileSystemException fs) {
      return fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason();
    }
    return String.valueOf(e.getMessage());
  }
}
