package dev.imagegen.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageInputTest {

  @TempDir
  Path dir;

  @Test
  void aUrlPassesThrough() {
    ImageInput image = ImageInput.fromUrl("https://example.com/pose.png");
    assertThat(image.isUrl()).isTrue();
    assertThat(image.wireValue()).isEqualTo("https://example.com/pose.png");
  }

  @Test
  void bytesAreSentAsBase64() {
    ImageInput image = ImageInput.fromBytes("png".getBytes(StandardCharsets.US_ASCII));
    assertThat(image.isUrl()).isFalse();
    assertThat(image.wireValue()).isEqualTo("cG5n");
  }

  @Test
  void givenBytesAreCopied() {
    byte[] bytes = {1, 2, 3};
    ImageInput image = ImageInput.fromBytes(bytes);
    bytes[0] = 9;
    assertThat(image.wireValue()).isEqualTo("AQID");
  }

  @Test
  void base64TextIsSentAsGiven() {
    assertThat(ImageInput.fromBase64("AQID").wireValue()).isEqualTo("AQID");
    assertThat(ImageInput.fromBase64("AQ==").wireValue()).isEqualTo("AQ==");
  }

  @Test
  void aFileIsReadWhenTheBodyIsWrittenNotBefore() throws IOException {
    Path file = Files.write(dir.resolve("in.png"), new byte[] {1});
    ImageInput image = ImageInput.fromPath(file);
    Files.write(file, new byte[] {1, 2, 3});
    assertThat(image.wireValue()).isEqualTo("AQID");
  }

  @Test
  void aFileThatVanishedFailsClearly() throws IOException {
    Path file = Files.write(dir.resolve("gone.png"), new byte[] {1});
    ImageInput image = ImageInput.fromPath(file);
    Files.delete(file);
    assertThatThrownBy(image::wireValue)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("could not read image file " + file);
  }

  @Test
  void textIsAUrlOrBase64() {
    assertThat(ImageInput.of("HTTPS://example.com/a.png").isUrl()).isTrue();
    assertThat(ImageInput.of("AQID").isUrl()).isFalse();
  }

  @Test
  void badInputIsRefusedWithoutQuotingMuchOfIt() {
    assertThatThrownBy(() -> ImageInput.fromUrl("ftp://example.com/a.png"))
        .hasMessage("not an http(s) URL: \"ftp://example.com/a.png\"");
    assertThatThrownBy(() -> ImageInput.fromUrl("https://exa mple.com"))
        .hasMessage("not an http(s) URL: \"https://exa mple.com\"");
    assertThatThrownBy(() -> ImageInput.fromBase64("not base64!"))
        .hasMessage("not base64 data: \"not base64!\"");
    assertThatThrownBy(() -> ImageInput.fromBase64("A"))
        .hasMessage("not base64 data: \"A\"");
    assertThatThrownBy(() -> ImageInput.fromBase64("AQ=D"))
        .hasMessage("not base64 data: \"AQ=D\"");
    assertThatThrownBy(() -> ImageInput.fromBase64("#".repeat(100)))
        .hasMessage("not base64 data: \"" + "#".repeat(40) + "...\" (100 chars)");
    assertThatThrownBy(() -> ImageInput.fromBytes(new byte[0])).hasMessage("image bytes are empty");
    Path missing = dir.resolve("missing.png");
    assertThatThrownBy(() -> ImageInput.fromPath(missing))
        .hasMessage("image file " + missing + " is missing or unreadable");
  }

  @Test
  void toStringNeverShowsTheDataNorAUrlsQuery() throws IOException {
    Path file = Files.write(dir.resolve("a.png"), new byte[] {1});
    assertThat(ImageInput.fromUrl("https://bucket.s3.amazonaws.com/a.png?X-Amz-Signature=abc"))
        .hasToString("ImageInput{url=https://bucket.s3.amazonaws.com/a.png?...}");
    assertThat(ImageInput.fromPath(file)).hasToString("ImageInput{file=" + file + "}");
    assertThat(ImageInput.fromBytes(new byte[2048])).hasToString("ImageInput{bytes=2048 bytes}");
    assertThat(ImageInput.fromBase64("AQID".repeat(500))).hasToString("ImageInput{base64=2000 chars}");
  }

  @Test
  void equalImagesAreEqual() {
    assertThat(ImageInput.fromBytes(new byte[] {1, 2})).isEqualTo(ImageInput.fromBytes(new byte[] {1, 2}))
        .hasSameHashCodeAs(ImageInput.fromBytes(new byte[] {1, 2}))
        .isNotEqualTo(ImageInput.fromBytes(new byte[] {1, 3}))
        .isNotEqualTo(ImageInput.fromBase64("AQI="));
  }
}
