package dev.imagegen.client.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imagegen.client.ImageInput;
import dev.imagegen.client.error.ImageReadException;
import dev.imagegen.client.testing.TestRequest;
import dev.imagegen.client.testing.TestRules;
import dev.imagegen.client.testing.WireMockTestBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image file that cannot be read when the body is written fails the call, typed, before anything is sent. */
class RequestEncodingTest extends WireMockTestBase {

  @TempDir
  Path dir;

  private Path file;
  private TestRequest request;

  @BeforeEach
  void setUp() throws IOException {
    file = Files.write(dir.resolve("pose.png"), new byte[] {1, 2, 3});
    request = TestRequest.of(TestRules.FLUX, "prompt", "a tiger", "image", ImageInput.fromPath(file));
  }

  private ImageReadException failureWithNothingSent(ThrowingCallable call) {
    ImageReadException failure = catchThrowableOfType(ImageReadException.class, call);
    assertThat(server.getAllServeEvents()).isEmpty();
    assertThat(failure.getMessage()).doesNotContain(API_KEY);
    return failure;
  }

  @Test
  void aSyncCallWithAFileDeletedAfterTheRequestWasBuilt() throws IOException {
    Files.delete(file);

    assertThat(failureWithNothingSent(() -> flux().generate(request)))
        .hasMessage("image file " + file + " could not be read: NoSuchFileException");
  }

  @Test
  void aSubmitWithAFileDeletedAfterTheRequestWasBuilt() throws IOException {
    Files.delete(file);

    assertThat(failureWithNothingSent(() -> flux().submit(request)))
        .hasMessage("image file " + file + " could not be read: NoSuchFileException");
  }

  @Test
  void aFileThatFailsWhileItIsRead() throws IOException {
    // Opening a directory succeeds on Linux; reading it fails.
    Files.delete(file);
    Files.createDirectory(file);

    assertThat(failureWithNothingSent(() -> flux().generate(request)))
        .hasMessage("image file " + file + " could not be read: IOException: Is a directory");
  }
}
