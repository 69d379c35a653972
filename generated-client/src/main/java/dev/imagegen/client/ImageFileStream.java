package dev.imagegen.client;

import dev.imagegen.client.error.ImageReadException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An image file's content, whose failures to open or read are {@link ImageReadException}s naming the
 * file. Unchecked, so that they pass through Jackson's encoding apart from the generator's own
 * {@link IOException}s.
 */
final class ImageFileStream extends FilterInputStream {

  private final Path file;

  private ImageFileStream(Path file, InputStream in) {
    super(in);
    this.file = file;
  }

  static InputStream open(Path file) {
    try {
      return new ImageFileStream(file, Files.newInputStream(file));
    } catch (IOException e) {
      throw new ImageReadException(file, e);
    }
  }

  @Override
  public int read() {
    try {
      return in.read();
    } catch (IOException e) {
      throw new ImageReadException(file, e);
    }
  }

  @Override
  public int read(byte[] buffer, int offset, int length) {
    try {
      return in.read(buffer, offset, length);
    } catch (IOException e) {
      throw new ImageReadException(file, e);
    }
  }
}
