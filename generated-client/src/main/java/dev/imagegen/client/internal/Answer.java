package dev.imagegen.client.internal;

import dev.imagegen.client.ResponseInfo;
import dev.imagegen.client.error.ImageGenException;
import dev.imagegen.client.error.UnexpectedResponseException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One HTTP answer, the call it answers, named for messages ({@code GET v2/requests/abc/status}), the
 * v2 job the call is about, if any, and the call's time limits, to name the one a later read runs into.
 */
final class Answer {

  private final String call;
  private final Response response;
  private final String requestId;
  private final CallTimeouts.Progress progress;
  private final String requestIdHeader;

  /**
   * @param requestId the v2 job's request id for a status or result call; null for others
   * @param requestIdHeader the header the provider declares for a call's request id; null for none
   */
  Answer(String call, Response response, String requestId, CallTimeouts.Progress progress, String requestIdHeader) {
    this.call = call;
    this.response = response;
    this.requestId = requestId;
    this.progress = progress;
    this.requestIdHeader = requestIdHeader;
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

  /** The body, streamed as it arrives; empty for an answer without one, such as a 204. */
  ResponseBody body() {
    return response.body();
  }

  /** The {@code Content-Type} header's value as sent; null when there is none. */
  String contentType() {
    return response.header("Content-Type");
  }

  ResponseInfo info() {
    return RuntimeAccess.responseInfo(response.code(), response.headers());
  }

  /**
   * The v2 job's request id, else the one the provider's declared response header carries, else a
   * common request id header's; null when none is known.
   */
  String requestId() {
    if (requestId != null) {
      return requestId;
    }
    String declared = requestIdHeader == null ? null : response.header(requestIdHeader);
    return declared != null ? declared : info().requestId().orElse(null);
  }

  /**
   * This answer with its body read whole, so that a failure to read it happens now, within the call
   * and its retries; a failure is the call's exception, as {@link #readFailure} names it.
   */
  Answer buffered() throws IOException {
    try (ResponseBody body = response.body()) {
      ResponseBody copy = ResponseBody.create(body.bytes(), body.contentType());
      return new Answer(call, response.newBuilder().body(copy).build(), requestId, progress, requestIdHeader);
    }
  }

  /**
   * The client's exception for a failure to read this answer's body during {@code what}: content that
   * is not base64 is an {@link UnexpectedResponseException} (the server answered; do not send again),
   * a timeout names its limit, anything else is a transport failure.
   */
  ImageGenException readFailure(String what, IOException e) {
    if (e instanceof MalformedBodyException) {
      return new UnexpectedResponseException(what + " failed: the body is " + e.getMessage(), requestId(), e);
    }
    return progress.failure(what, requestId(), e);
  }

  /**
   * {@code content}, a stream of this answer's body, whose read failures are thrown as the client's
   * exceptions for {@code what} (see {@link #readFailure}): the caller reading an image gets the same
   * typed failures as the call itself.
   */
  InputStream typedFailures(String what, InputStream content) {
    return new FilterInputStream(content) {
      @Override
      public int read() {
        try {
          return in.read();
        } catch (IOException e) {
          throw readFailure(what, e);
        }
      }

      @Override
      public int read(byte[] buffer, int offset, int length) {
        try {
          return in.read(buffer, offset, length);
        } catch (IOException e) {
          throw readFailure(what, e);
        }
      }
    };
  }

  /** Releases the connection of an answer that will not be read. */
  void discard() {
    response.close();
  }
}
