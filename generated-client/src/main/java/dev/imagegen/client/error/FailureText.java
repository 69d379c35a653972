package dev.imagegen.client.error;

import java.nio.file.FileSystemException;

/** The reason of a failure as messages quote it: {@code SocketTimeoutException: timeout}. */
final class FailureText {

  private FailureText() {}

  static String of(Throwable failure) {
    String name = failure.getClass().getSimpleName();
    // A file system failure's message repeats the file the caller's message already names.
    String detail = failure instanceof FileSystemException
        ? ((FileSystemException) failure).getReason()
        : failure.getMessage();
    return detail == null ? name : name + ": " + detail;
  }
}
