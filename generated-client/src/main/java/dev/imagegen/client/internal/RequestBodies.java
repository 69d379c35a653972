package dev.imagegen.client.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.imagegen.client.ImageInput;
import dev.imagegen.client.ModelRequest;
import dev.imagegen.client.error.ImageReadException;
import dev.imagegen.client.error.RequestEncodingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * The JSON bodies of {@link ModelRequest}s, for Retrofit. A body without an image file is written
 * once, into an array the size of the JSON, and sent with its length. A body with one is written
 * straight to the connection as it is sent, each file base64-encoded as it is read, so the heap never
 * holds a file or its base64 text; it is sent in chunks, its length unknown until the file is read.
 * Every file is opened before anything is sent, so that one that cannot be read fails the call with
 * nothing sent; one that fails part-way cuts the request off before its end, so the server runs
 * nothing.
 */
final class RequestBodies extends Converter.Factory {

  static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  /** Leaves the connection open: OkHttp, not the body, closes it. */
  private static final ObjectWriter WRITER = WireJson.MAPPER.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  @Override
  public Converter<?, RequestBody> requestBodyConverter(Type type, Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations, Retrofit retrofit) {
    return type == ModelRequest.class ? (ModelRequest request) -> of(request) : null;
  }

  /** The body of {@code request}; an image file that cannot be opened throws an {@link ImageReadException}. */
  static RequestBody of(ModelRequest request) {
    Map<String, Object> wire = request.toWireMap();
    boolean holdsFile = false;
    for (Object value : wire.values()) {
      if (value instanceof ImageInput && ((ImageInput) value).file().isPresent()) {
        requireReadable(((ImageInput) value).file().get());
        holdsFile = true;
      }
    }
    if (holdsFile) {
      return new Streamed(wire);
    }
    try {
      return RequestBody.create(WRITER.writeValueAsBytes(wire), JSON);
    } catch (JsonProcessingException e) {
      throw new RequestEncodingException(new UncheckedIOException(e));
    }
  }

  private static void requireReadable(Path file) {
    try {
      Files.newByteChannel(file).close();
    } catch (IOException e) {
      throw new ImageReadException(file, e);
    }
  }

  /** A body written to the connection as it is sent. */
  private static final class Streamed extends RequestBody {

    private final Map<String, Object> wire;

    Streamed(Map<String, Object> wire) {
      this.wire = wire;
    }

    @Override
    public MediaType contentType() {
      return JSON;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      try {
        WRITER.writeValue(sink.outputStream(), wire);
      } catch (IOException e) {
        // Jackson wraps the file's failure; OkHttp lets only I/O errors through a call.
        throw imageReadFailure(e).orElseThrow(() -> e);
      }
    }
  }

  private static Optional<ImageReadFailure> imageReadFailure(IOException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ImageReadException) {
        return Optional.of(new ImageReadFailure((ImageReadException) cause));
      }
    }
    return Optional.empty();
  }

  /** An image file that failed as the body streamed, carried through OkHttp as an I/O error. */
  static final class ImageReadFailure extends IOException {
    private static final long serialVersionUID = 1L;

    ImageReadFailure(ImageReadException failure) {
      super(failure.getMessage(), failure);
    }

    @Override
    public synchronized ImageReadException getCause() {
      return (ImageReadException) super.getCause();
    }
  }
}
