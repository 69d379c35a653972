package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageTypesTest {

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void eachSignatureHasItsType() {
    assertThat(ImageTypes.of(ascii("\u0089PNG\r\n\u001a\n"))).isEqualTo("image/png");
    assertThat(ImageTypes.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo("image/jpeg");
    assertThat(ImageTypes.of(ascii("RIFF\u0000\u0001\u0002\u0003WEBPVP8 "))).isEqualTo("image/webp");
    assertThat(ImageTypes.of(ascii("GIF89a"))).isEqualTo("image/gif");
  }

  @Test
  void otherOrTooShortDataIsUnknown() {
    assertThat(ImageTypes.of(ascii("RIFF\u0000\u0001\u0002\u0003WAVE"))).isEqualTo("application/octet-stream");
    assertThat(ImageTypes.of(ascii("RIFF"))).isEqualTo("application/octet-stream");
    assertThat(ImageTypes.of(new byte[0])).isEqualTo("application/octet-stream");
  }

  @Test
  void theStreamIsLeftUnread() throws IOException {
    InputStream in = new BufferedInputStream(new ByteArrayInputStream(ascii("GIF89a-rest")));

    assertThat(ImageTypes.of(in)).isEqualTo("image/gif");
    assertThat(in.readAllBytes()).isEqualTo(ascii("GIF89a-rest"));
  }
}
