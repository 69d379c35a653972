package dev.imagegen.generator.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Describes an I/O failure in words, because the JDK's file exceptions carry only a path. */
final class IoProblems {

  private IoProblems() {}

  static String describe(IOException e) {
    if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
      return String.valueOf(e.getMessage());
    }
    String what;
    if (e instanceof NoSuchFileException) {
      what = "no such file or folder";
    } else if (e instanceof AccessDeniedException) {
      what = "permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      what = "already exists";
    } else if (e instanceof NotDirectoryException) {
      what = "not a folder";
    } else if (e instanceof DirectoryNotEmptyException) {
      what = "folder not empty";
    } else {
      what = fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason();
    }
    return fs.getFile() + ": " + what;
  }
}
