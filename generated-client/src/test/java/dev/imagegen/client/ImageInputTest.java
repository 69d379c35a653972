package dev.imagegen.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imagegen.client.error.ImageReadException;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

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
        .isInstanceOf(ImageReadException.class)
        .hasMessage("image file " + file + " could not be read: NoSuchFileException");
    assertThatThrownBy(() -> JSON.writeValueAsString(image))
        .isInstanceOf(JsonMappingException.class)
        .hasRootCauseInstanceOf(NoSuchFileException.class)
        .cause().isInstanceOf(ImageReadException.class)
        .hasMessage("image file " + file + " could not be read: NoSuchFileException");
  }

  @Test
  void aFileIsEncodedIntoJsonAsItIsRead() throws IOException {
    Random random = new Random(7);
    // Lengths around base64's groups of three, and one beyond the JSON generator's buffers.
    for (int length : new int[] {1, 2, 3, 4, 5, 6, 7, 100_003}) {
      byte[] bytes = new byte[length];
      random.nextBytes(bytes);
      Path file = Files.write(dir.resolve(length + ".png"), bytes);

      assertThat(JSON.writeValueAsString(ImageInput.fromPath(file))).as("%d bytes", length)
          .isEqualTo('"' + Base64.getEncoder().encodeToString(bytes) + '"');
    }
  }

  @Test
  void aFileIsNeverHeldWholeInMemoryWhileEncoded() throws IOException {
    ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled(),
        "this JVM measures the memory a thread allocates");
    int size = 8 * 1024 * 1024;
    ImageInput image = ImageInput.fromPath(Files.write(dir.resolve("large.png"), new byte[size]));
    JSON.writeValue(OutputStream.nullOutputStream(), ImageInput.fromBytes(new byte[1]));

    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    JSON.writeValue(OutputStream.nullOutputStream(), image);
    long allocated = threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before;

    // Read whole, the file alone would take its size, and its base64 text a third more.
    assertThat(allocated).as("bytes allocated while encoding").isLessThan(size / 8);
  }

  @Test
  void everyFormIsWrittenToJsonAsItsWireValue() throws IOException {
    Path file = Files.write(dir.resolve("a.png"), new byte[] {(byte) 0xFB, (byte) 0xFF});
    for (ImageInput image : List.of(ImageInput.fromUrl("https://example.com/a.png?a=1&b=2"),
        ImageInput.fromBase64("AQID"), ImageInput.fromBytes(new byte[] {(byte) 0xFB, (byte) 0xFF}),
        ImageInput.fromPath(file))) {
      assertThat(JSON.readTree(JSON.writeValueAsString(image)).asText()).as("%s", image).isEqualTo(image.wireValue());
    }
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
    Path empty = dir.resolve("empty.png");
    assertThatThrownBy(() -> ImageInput.fromPath(Files.createFile(empty)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("image file " + empty + " is empty");
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
