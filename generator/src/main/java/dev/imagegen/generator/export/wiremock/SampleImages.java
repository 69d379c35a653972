package dev.imagegen.generator.export.wiremock;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A valid one-pixel image in a given content type, written with {@code javax.imageio}, so a client
 * that decodes what the stub returns gets a real image. The same type always gives the same bytes.
 */
final class SampleImages {

  /** A sample image and the file extension of its type. */
  record SampleImage(String contentType, String extension, byte[] bytes) {}

  private static final int PIXEL_RGB = 0x2A7AB0;

  private SampleImages() {}

  /** The image, when {@code javax.imageio} can write {@code contentType} (PNG, JPEG, GIF, BMP, TIFF). */
  static Optional<SampleImage> of(String contentType) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(contentType);
    if (!writers.hasNext()) {
      return Optional.empty();
    }
    ImageWriter writer = writers.next();
    BufferedImage pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    pixel.setRGB(0, 0, PIXEL_RGB);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(pixel);
    } catch (IOException e) {
      // Writing to memory does not fail for I/O reasons.
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    String extension = writer.getOriginatingProvider().getFileSuffixes()[0];
    return Optional.of(new SampleImage(contentType, extension, bytes.toByteArray()));
  }
}
