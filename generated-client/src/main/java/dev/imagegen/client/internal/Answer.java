package dev.imagegen.client.internal;

import dev.imagegen.client.ResponseInfo;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * One HTTP answer, the call it answers, named for messages ({@code GET v2/requests/abc/status}), and
 * the v2 job the call is about, if any.
 */
final class Answer {

  private final String call;
  private final Response<ResponseBody> response;
  private final String jobId;

  /** @param jobId the v2 job's request id for a status or result call; null for others */
  Answer(String call, Response<ResponseBody> response, String jobId) {
    this.call = call;
    this.response = response;
    this.jobId = jobId;
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

  /** The v2 job's request id, else the one a response header carries; null when neither is known. */
  String requestId() {
    return jobId != null ? jobId : info().requestId().orElse(null);
  }

  /** Releases the connection of an answer that will not be read. */
  void discard() {
    ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody();
    if (body != null) {
      body.close();
    }
  }
}
