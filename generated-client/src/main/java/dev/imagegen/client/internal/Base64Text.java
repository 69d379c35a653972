package dev.imagegen.client.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Decodes base64 text strictly: whitespace, such as the line breaks of MIME-style text, is left out,
 * and any other character outside the alphabet is an error. (The JDK's MIME decoder would skip it
 * silently, turning an HTML page into garbage bytes.)
 */
final class Base64Text {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private Base64Text() {}

  /** The bytes of {@code text}; throws {@link IllegalArgumentException} when it is not base64. */
  static byte[] decode(String text) {
    return Base64.getDecoder().decode(WHITESPACE.matcher(text).replaceAll(""));
  }

  /** The bytes of the base64 text {@code text}, as they stream; a read fails on a character that is not base64. */
  static InputStream decoding(InputStream text) {
    return Base64.getDecoder().wrap(new WhitespaceSkipped(text));
  }

  /** {@code in} without its ASCII whitespace; a character outside the base64 alphabet fails the read. */
  private static final class WhitespaceSkipped extends FilterInputStream {

    private long offset;

    WhitespaceSkipped(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c;
      do {
        c = in.read();
      } while (c >= 0 && !kept(c));
      return c;
    }

    @Override
    public int read(byte[] buffer, int start, int length) throws IOException {
      int read;
      int kept;
      do {
        read = in.read(buffer, start, length);
        kept = 0;
        for (int i = 0; i < read; i++) {
          byte c = buffer[start + i];
          if (kept(c & 0xFF)) {
            buffer[start + kept++] = c;
          }
        }
      } while (read > 0 && kept == 0);
      return read < 0 ? read : kept;
    }

    /** False for whitespace, true for base64; throws for anything else. */
    private boolean kept(int c) throws IOException {
      long at = offset++;
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        return false;
      }
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
          || c == '=') {
        return true;
      }
      throw new IOException(String.format("not base64: byte 0x%02x at offset %d", c, at));
    }
  }
}
