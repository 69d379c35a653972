package dev.imagegen.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.imagegen.client.error.ImageReadException;
import dev.imagegen.client.error.RequestEncodingException;
import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import retrofit2.Call;

/** Failures of building a request come out typed, however Retrofit and Jackson wrapped them. */
class RequestBuildingTest {

  /** A call whose {@code request()} throws {@code failure}, as Retrofit's does when the body cannot be converted. */
  @SuppressWarnings("unchecked")
  private static Call<ResponseBody> failingWith(RuntimeException failure) {
    return (Call<ResponseBody>) Proxy.newProxyInstance(Call.class.getClassLoader(), new Class<?>[] {Call.class},
        (proxy, method, arguments) -> {
          throw failure;
        });
  }

  private static IllegalArgumentException retrofitWrapping(Throwable cause) {
    return new IllegalArgumentException("Unable to convert TestRequest to RequestBody (parameter #1)\n"
        + "    for method FluxApi.generate", new IOException("(through reference chain: image)", cause));
  }

  @Test
  void aTypedEncodingFailureDeepInTheCausesIsThrownAsItIs() {
    ImageReadException unreadable = new ImageReadException(Path.of("pose.png"), new NoSuchFileException("pose.png"));

    RequestEncodingException failure = catchThrowableOfType(RequestEncodingException.class,
        () -> Exchange.request(failingWith(retrofitWrapping(unreadable))));

    assertThat(failure).isSameAs(unreadable).hasMessage("image file pose.png could not be read: NoSuchFileException");
  }

  @Test
  void anyOtherFailureIsAnEncodingFailureQuotingItsInnermostCause() {
    IllegalArgumentException untyped = retrofitWrapping(new IllegalStateException("no serializer for Thing"));

    RequestEncodingException failure = catchThrowableOfType(RequestEncodingException.class,
        () -> Exchange.request(failingWith(untyped)));

    assertThat(failure).isExactlyInstanceOf(RequestEncodingException.class)
        .hasMessage("the request could not be built, so nothing was sent:"
            + " IllegalStateException: no serializer for Thing")
        .hasCause(untyped);
  }
}
