package dev.imagegen.client.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * The header of an RFC 2397 data URI, such as {@code data:image/png;base64,}, that some servers put
 * before base64 image text.
 */
final class DataUri {

  /** The longest header looked for, in characters; real ones are about 25. */
  static final int MAX_HEADER = 256;

  private static final String SCHEME = "data:";
  private static final String BASE64 = ";base64";

  private final String mediaType;
  private final int payloadStart;

  private DataUri(String mediaType, int payloadStart) {
    this.mediaType = mediaType;
    this.payloadStart = payloadStart;
  }

  /**
   * The data URI that {@code text} begins with, after whitespace; empty when it does not begin with
   * {@code data:}. Only the first {@link #MAX_HEADER} characters are looked at.
   *
   * @throws MalformedBodyException for a data URI whose payload is not base64
   */
  static Optional<DataUri> at(String text) throws MalformedBodyException {
    int start = 0;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    if (!text.regionMatches(true, start, SCHEME, 0, SCHEME.length())) {
      return Optional.empty();
    }
    int comma = text.indexOf(',', start);
    if (comma < 0 || comma - start > MAX_HEADER) {
      throw new MalformedBodyException("a data URI without the comma that ends its header");
    }
    String header = text.substring(start + SCHEME.length(), comma);
    if (!header.toLowerCase(Locale.ROOT).endsWith(BASE64)) {
      throw new MalformedBodyException("a data URI that is not base64: data:" + header);
    }
    int typeEnd = header.indexOf(';');
    return Optional.of(new DataUri(header.substring(0, typeEnd).trim().toLowerCase(Locale.ROOT), comma + 1));
  }

  /** The media type the header declares, such as {@code image/png}; empty when it declares none. */
  Optional<String> mediaType() {
    return mediaType.isEmpty() ? Optional.empty() : Optional.of(mediaType);
  }

  /** Where the base64 payload starts in the text given to {@link #at(String)}. */
  int payloadStart() {
    return payloadStart;
  }
}
