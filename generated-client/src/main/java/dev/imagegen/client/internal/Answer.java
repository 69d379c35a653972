package dev.imagegen.client.internal;

import dev.imagegen.client.ResponseInfo;
import okhttp3.ResponseBody;
import retrofit2.Response;

/** One HTTP answer and the call it answers, named for messages ({@code GET v2/requests/abc/status}). */
final class Answer {

  private final String call;
  private final Response<ResponseBody> response;

  Answer(String call, Response<ResponseBody> response) {
    this.call = call;
    this.response = response;
  }

  String call() {
    return call;
  }

  int status() {
    return response.code();
  }

  boolean isSuccessful() {
    return response.isSuccessful();
  }

  /** The body of a successful answer. */
  ResponseBody body() {
    return response.body();
  }

  /** The body of an error answer, which Retrofit has already buffered. */
  ResponseBody errorBody() {
    return response.errorBody();
  }

  ResponseInfo info() {
    return new ResponseInfo(response.code(), response.headers());
  }

  /** Releases the connection of an answer that will not be read. */
  void discard() {
    ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody();
    if (body != null) {
      body.close();
    }
  }
}
