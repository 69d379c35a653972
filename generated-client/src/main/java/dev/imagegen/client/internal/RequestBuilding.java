package dev.imagegen.client.internal;

import dev.imagegen.client.error.RequestEncodingException;
import okhttp3.Request;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * Builds a call's HTTP request, which encodes its body, and types what goes wrong there. Retrofit
 * reports such a failure untyped ({@code Unable to convert ... to RequestBody}), with the cause deep
 * in Jackson's wrapping; a {@link RequestEncodingException} among the causes, such as an image file
 * that could not be read, is what the caller needs.
 */
final class RequestBuilding {

  private RequestBuilding() {}

  /** The request of {@code call}; a failure to build it is a {@link RequestEncodingException}. */
  static Request request(Call<ResponseBody> call) {
    try {
      return call.request();
    } catch (RuntimeException e) {
      throw typed(e);
    }
  }

  private static RequestEncodingException typed(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestEncodingException) {
        return (RequestEncodingException) cause;
      }
    }
    return new RequestEncodingException(failure);
  }
}
