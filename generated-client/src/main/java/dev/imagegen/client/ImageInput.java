package dev.imagegen.client;

import java.nio.file.Path;

/**
 * An input image: a URL passed through, or bytes sent as base64 text. The encoding happens only
 * when the body is written, behind this one type.
 */
public final class ImageInput {
  public static ImageInput fromUrl(String url) { throw new UnsupportedOperationException("TODO"); }
  public static ImageInput fromPath(Path file) { throw new UnsupportedOperationException("TODO"); }
  public static ImageInput fromBytes(byte[] bytes) { throw new UnsupportedOperationException("TODO"); }
  public static ImageInput fromBase64(String base64) { throw new UnsupportedOperationException("TODO"); }
  public boolean isUrl() { throw new UnsupportedOperationException("TODO"); }
}
