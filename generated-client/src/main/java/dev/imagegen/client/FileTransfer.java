package dev.imagegen.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/** Streams an image or a download to a file, deleting a partly written file when the transfer fails. */
final class FileTransfer {

  private static final int BUFFER_SIZE = 64 * 1024;

  private FileTransfer() {}

  /**
   * Opens {@code file}, then takes the content from {@code source} and copies it, closing both;
   * returns the number of bytes written.
   *
   * @param what what is written, for messages, such as {@code the image}
   * @param readFailure the exception for a failure to read the content
   * @throws UncheckedIOException when the file cannot be written; nothing is taken from {@code source}
   *     when it cannot even be opened
   */
  static long write(String what, Path file, Supplier<InputStream> source,
      Function<IOException, RuntimeException> readFailure) {
    OutputStream out;
    try {
      out = Files.newOutputStream(file);
    } catch (IOException e) {
      throw cannotWrite(what, file, e);
    }
    boolean complete = false;
    try (out; InputStream in = source.get()) {
      long total = copy(what, in, out, file, readFailure);
      complete = true;
      return total;
    } catch (IOException e) {
      throw cannotWrite(what, file, e);
    } finally {
      if (!complete) {
        deletePartial(file);
      }
    }
  }

  private static long copy(String what, InputStream in, OutputStream out, Path file,
      Function<IOException, RuntimeException> readFailure) {
    byte[] buffer = new byte[BUFFER_SIZE];
    long total = 0;
    while (true) {
      int read;
      try {
        read = in.read(buffer);
      } catch (IOException e) {
        throw readFailure.apply(e);
      }
      if (read < 0) {
        return total;
      }
      try {
        out.write(buffer, 0, read);
      } catch (IOException e) {
        throw cannotWrite(what, file, e);
      }
      total += read;
    }
  }

  private static UncheckedIOException cannotWrite(String what, Path file, IOException e) {
    return new UncheckedIOException("could not write " + what + " to " + file + ": " + reason(e), e);
  }

  /**
   * Why {@code e} happened, without the path its own message may repeat: {@code no such folder} or
   * {@code permission denied}, which the JDK leaves unsaid, else the file system's reason (such as
   * {@code Is a directory}), else the message, else the kind of exception.
   */
  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such folder";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    return reason == null ? e.getClass().getSimpleName() : reason;
  }

  private static void deletePartial(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // The transfer's own failure is the one to report.
    }
  }
}
