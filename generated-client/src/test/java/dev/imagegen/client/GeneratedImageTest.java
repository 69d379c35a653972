package dev.imagegen.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imagegen.client.error.TransportException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedImageTest {

  @TempDir
  Path dir;

  private static GeneratedImage image(InputStream content) {
    return image(content, -1);
  }

  private static GeneratedImage image(InputStream content, long length) {
    return new GeneratedImage("POST v1/flux-schnell", new ResponseInfo(200, Headers.of("x-request-id", "r-1")),
        "image/png", content, length, false, "r-1", new BigDecimal("0.25"), new BigDecimal("12.5"), Duration.ofMillis(1500),
        42L);
  }

  /** Two bytes, then the connection drops. */
  private static InputStream droppingAfterTwoBytes() {
    return new InputStream() {
      private int served;

      @Override
      public int read() throws IOException {
        if (served == 2) {
          throw new IOException("unexpected end of stream");
        }
        return ++served;
      }
    };
  }

  @Test
  void bytesCanBeReadAgainOnceBuffered() {
    GeneratedImage image = image(new ByteArrayInputStream(new byte[] {1, 2, 3}));
    assertThat(image.bytes()).containsExactly(1, 2, 3);
    assertThat(image.bytes()).containsExactly(1, 2, 3);
    assertThat(image.stream()).hasBinaryContent(new byte[] {1, 2, 3});
  }

  @Test
  void bytesAreCopiesThatLeaveTheImageAsRead() {
    GeneratedImage image = image(new ByteArrayInputStream(new byte[] {1, 2, 3}), 3);
    image.bytes()[0] = 9;
    assertThat(image.bytes()).containsExactly(1, 2, 3);
  }

  @Test
  void theByteBufferIsAReadOnlyViewOfTheBytesRead() {
    GeneratedImage image = image(new ByteArrayInputStream(new byte[] {4, 5, 6}), 3);
    ByteBuffer view = image.byteBuffer();

    assertThat(view.isReadOnly()).isTrue();
    assertThat(view.remaining()).isEqualTo(3);
    assertThat(view.get(2)).isEqualTo((byte) 6);
    assertThat(image.bytes()).containsExactly(4, 5, 6);
  }

  @Test
  void aBodyShorterThanItsDeclaredLengthGivesTheBytesItHad() {
    GeneratedImage image = image(new ByteArrayInputStream(new byte[] {1, 2}), 5);
    assertThat(image.byteBuffer().remaining()).isEqualTo(2);
    assertThat(image.bytes()).containsExactly(1, 2);
  }

  @Test
  void theStreamIsTakenOnce() {
    GeneratedImage image = image(new ByteArrayInputStream(new byte[] {1}));
    image.stream();
    assertThatThrownBy(image::bytes)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the image of POST v1/flux-schnell was already read or closed;"
            + " call bytes() first to read it more than once");
  }

  @Test
  void writeToStreamsToAFile() throws IOException {
    Path file = dir.resolve("out.png");
    long written = image(new ByteArrayInputStream(new byte[] {7, 8, 9})).writeTo(file);
    assertThat(written).isEqualTo(3);
    assertThat(Files.readAllBytes(file)).containsExactly(7, 8, 9);
  }

  @Test
  void aDroppedConnectionLeavesNoPartialFile() {
    Path file = dir.resolve("out.png");
    TransportException failure = catchThrowableOfType(TransportException.class,
        () -> image(droppingAfterTwoBytes()).writeTo(file));

    assertThat(failure)
        .hasMessage("reading the image of POST v1/flux-schnell failed: IOException: unexpected end of stream");
    assertThat(failure.requestId()).contains("r-1");
    assertThat(file).doesNotExist();
  }

  @Test
  void aSecondWriteDoesNotTouchTheFirstFile() throws IOException {
    Path file = dir.resolve("out.png");
    GeneratedImage image = image(new ByteArrayInputStream(new byte[] {1}));
    image.writeTo(file);
    assertThatThrownBy(() -> image.writeTo(file)).isInstanceOf(IllegalStateException.class);
    assertThat(Files.readAllBytes(file)).containsExactly(1);
  }

  @Test
  void aFolderInTheWayIsNamedAsTheFileSystemSaysIt() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("taken.png"));

    assertThatThrownBy(() -> image(new ByteArrayInputStream(new byte[] {4})).writeTo(folder))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("could not write the image to " + folder + ": Is a directory");
  }

  @Test
  void aFileThatCannotBeOpenedLeavesTheImageToWriteElsewhere() throws IOException {
    GeneratedImage image = image(new ByteArrayInputStream(new byte[] {4, 5}));
    Path missingFolder = dir.resolve("missing").resolve("out.png");

    assertThatThrownBy(() -> image.writeTo(missingFolder))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("could not write the image to " + missingFolder + ": no such folder");

    Path file = dir.resolve("out.png");
    assertThat(image.writeTo(file)).isEqualTo(2);
    assertThat(Files.readAllBytes(file)).containsExactly(4, 5);
  }

  @Test
  void metadataIsExposed() {
    GeneratedImage image = image(new ByteArrayInputStream(new byte[] {1}));
    assertThat(image.contentType()).isEqualTo("image/png");
    assertThat(image.remainingCredits()).contains(new BigDecimal("12.5"));
    assertThat(image.requestId()).contains("r-1");
    assertThat(image.cost()).contains(new BigDecimal("0.25"));
    assertThat(image.generationTime()).contains(Duration.ofMillis(1500));
    assertThat(image.seed()).hasValue(42);
    assertThat(image.decodedFromBase64()).isFalse();
    assertThat(image).hasToString("GeneratedImage{POST v1/flux-schnell, contentType=image/png, requestId=r-1,"
        + " cost=0.25, remainingCredits=12.5, generationTime=PT1.5S, seed=42}");
  }
}
