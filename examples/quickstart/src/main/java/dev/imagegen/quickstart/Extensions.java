package dev.imagegen.quickstart;

import java.util.Locale;

/** The file extension for an image's content type. */
final class Extensions {

  private Extensions() {}

  /** {@code .jpg}, {@code .png} or {@code .webp}; {@code .bin} for anything else. */
  static String of(String contentType) {
    String type = contentType.toLowerCase(Locale.ROOT);
    if (type.startsWith("image/jpeg")) {
      return ".jpg";
    }
    if (type.startsWith("image/png")) {
      return ".png";
    }
    return type.startsWith("image/webp") ? ".webp" : ".bin";
  }
}
