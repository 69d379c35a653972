package dev.imagegen.client.error;

import java.io.IOException;
import java.nio.file.Path;

/**
 * An image file given by path could not be read when the request was sent, for instance because it
 * was deleted or its permissions changed after the request was built:
 * {@code image file /home/me/pose.png could not be read: NoSuchFileException}. A file that cannot be
 * opened fails the call with nothing sent; one that fails while it streams cuts the request off
 * before its end, so the server runs nothing.
 */
public class ImageReadException extends RequestEncodingException {
  private static final long serialVersionUID = 1L;

  public ImageReadException(Path file, IOException cause) {
    super("image file " + file + " could not be read: " + FailureText.of(cause), cause);
  }
}
