package dev.imagegen.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Recognises images by their first bytes, for images that came as base64 text: PNG, JPEG, WebP, GIF,
 * BMP, TIFF, and the ISO media files AVIF, HEIC and MP4.
 */
final class ImageTypes {

  static final String UNKNOWN = "application/octet-stream";

  /** Enough for the longest signature, WebP's {@code RIFF????WEBP}. */
  private static final int HEAD = 12;
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] GIF = "GIF8".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] WEBP = "WEBP".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] BMP = "BM".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] TIFF_LITTLE_ENDIAN = {'I', 'I', '*', 0};
  private static final byte[] TIFF_BIG_ENDIAN = {'M', 'M', 0, '*'};
  private static final byte[] ISO_MEDIA = "ftyp".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] AVIF = "avif".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] HEIC = "heic".getBytes(StandardCharsets.US_ASCII);

  private ImageTypes() {}

  /** The type of the image {@code in} starts with, left unread; {@code in} must support {@code mark}. */
  static String of(InputStream in) throws IOException {
    in.mark(HEAD);
    byte[] head = in.readNBytes(HEAD);
    in.reset();
    return of(head);
  }

  /** The type of the image that starts with {@code head}, such as {@code image/png}; {@link #UNKNOWN} otherwise. */
  static String of(byte[] head) {
    if (startsWith(head, 0, PNG)) {
      return "image/png";
    }
    if (startsWith(head, 0, JPEG)) {
      return "image/jpeg";
    }
    if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) {
      return "image/webp";
    }
    if (startsWith(head, 0, GIF)) {
      return "image/gif";
    }
    if (startsWith(head, 0, TIFF_LITTLE_ENDIAN) || startsWith(head, 0, TIFF_BIG_ENDIAN)) {
      return "image/tiff";
    }
    if (startsWith(head, 4, ISO_MEDIA)) {
      return startsWith(head, 8, AVIF) ? "image/avif" : startsWith(head, 8, HEIC) ? "image/heic" : "video/mp4";
    }
    return startsWith(head, 0, BMP) ? "image/bmp" : UNKNOWN;
  }

  private static boolean startsWith(byte[] data, int offset, byte[] signature) {
    if (data.length < offset + signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if (data[offset + i] != signature[i]) {
        return false;
      }
    }
    return true;
  }
}
