package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Base64TextTest {

  private static InputStream decoding(String text) {
    return Base64Text.decoding(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void whitespaceIsLeftOut() throws IOException {
    assertThat(decoding("AQ\r\nID\tBA U=\n").readAllBytes()).containsExactly(1, 2, 3, 4, 5);
    assertThat(Base64Text.decode(" AQID\nBAU=\r\n")).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void aBufferOfWhitespaceOnlyIsSkippedByteByByteToo() throws IOException {
    InputStream in = decoding("    \n\n    AQID");
    assertThat(in.read()).isEqualTo(1);
    assertThat(in.readAllBytes()).containsExactly(2, 3);
  }

  @Test
  void anyOtherCharacterFailsTheRead() {
    assertThatThrownBy(() -> decoding("AQID\ndata:x").readAllBytes())
        .isInstanceOf(IOException.class)
        .hasMessage("not base64: byte 0x3a at offset 9");
    assertThatThrownBy(() -> Base64Text.decode("AQ-D")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nothingButWhitespaceMayFollowThePadding() throws IOException {
    assertThat(decoding("QUI=\r\n").readAllBytes()).containsExactly('A', 'B');
    assertThatThrownBy(() -> decoding("QQ==!").readAllBytes())
        .isExactlyInstanceOf(MalformedBodyException.class)
        .hasMessage("not base64: byte 0x21 at offset 4");
    assertThatThrownBy(() -> decoding("QQ==\nQQ==").readAllBytes())
        .isExactlyInstanceOf(MalformedBodyException.class)
        .hasMessage("not base64: text after the padding at offset 5");
  }

  @Test
  void theDecodersOwnComplaintsAreMalformedBodiesAndTheTransfersAreNot() {
    assertThatThrownBy(() -> decoding("QUJD=").readAllBytes())
        .isExactlyInstanceOf(MalformedBodyException.class)
        .hasMessageStartingWith("not base64: ");
    InputStream dropped = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("unexpected end of stream");
      }
    };
    assertThatThrownBy(() -> Base64Text.decoding(dropped).readAllBytes())
        .isExactlyInstanceOf(IOException.class)
        .hasMessage("unexpected end of stream");
  }
}
