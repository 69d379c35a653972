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

  /**
   * The bytes of the base64 text {@code text}, as they stream. A read fails with a
   * {@link MalformedBodyException} on text that is not base64, and with {@code text}'s own exception
   * when reading {@code text} fails.
   */
  static InputStream decoding(InputStream text) {
    WhitespaceSkipped skipped = new WhitespaceSkipped(text);
    return new DecoderFailures(Base64.getDecoder().wrap(skipped), skipped);
  }

  /** {@code in} without its ASCII whitespace; a character outside the base64 alphabet fails the read. */
  private static final class WhitespaceSkipped extends FilterInputStream {

    private long offset;
    private boolean sourceFailed;

    WhitespaceSkipped(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c;
      do {
        try {
          c = in.read();
        } catch (IOException e) {
          throw sourceFailure(e);
        }
      } while (c >= 0 && !kept(c));
      return c;
    }

    @Override
    public int read(byte[] buffer, int start, int length) throws IOException {
      int read;
      int kept;
      do {
        try {
          read = in.read(buffer, start, length);
        } catch (IOException e) {
          throw sourceFailure(e);
        }
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

    /** Marks {@code e} as the transfer's failure, which the decoder passes on as it is. */
    private IOException sourceFailure(IOException e) {
      sourceFailed = true;
      return e;
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
      throw new MalformedBodyException(String.format("not base64: byte 0x%02x at offset %d", c, at));
    }
  }

  /** The JDK decoder's own complaints (a dangling byte, misplaced padding) as {@link MalformedBodyException}s. */
  private static final class DecoderFailures extends FilterInputStream {

    private final WhitespaceSkipped text;

    DecoderFailures(InputStream decoder, WhitespaceSkipped text) {
      super(decoder);
      this.text = text;
    }

    @Override
    public int read() throws IOException {
      try {
        return atEnd(in.read());
      } catch (IOException e) {
        throw classified(e);
      }
    }

    @Override
    public int read(byte[] buffer, int start, int length) throws IOException {
      try {
        return atEnd(in.read(buffer, start, length));
      } catch (IOException e) {
        throw classified(e);
      }
    }

    /**
     * {@code read}, after checking at the decoder's end that nothing but whitespace follows: the JDK's
     * decoder stops at the padding and leaves the rest unread.
     */
    private int atEnd(int read) throws IOException {
      if (read < 0 && text.read() >= 0) {
        throw new MalformedBodyException(String.format("not base64: text after the padding at offset %d",
            text.offset - 1));
      }
      return read;
    }

    private IOException classified(IOException e) {
      if (e instanceof MalformedBodyException || text.sourceFailed) {
        return e;
      }
      return new MalformedBodyException("not base64: " + e.getMessage(), e);
    }
  }
}
