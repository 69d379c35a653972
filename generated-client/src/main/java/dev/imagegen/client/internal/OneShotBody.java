package dev.imagegen.client.internal;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A request body marked one-shot, OkHttp's sign that it must not be sent again, that can tell when it
 * has been written whole.
 */
final class OneShotBody extends RequestBody {

  private final RequestBody body;
  private final Runnable whenSent;

  /** @param whenSent run once the body is written and flushed to the connection */
  OneShotBody(RequestBody body, Runnable whenSent) {
    this.body = body;
    this.whenSent = whenSent;
  }

  @Override
  public MediaType contentType() {
    return body.contentType();
  }

  @Override
  public long contentLength() throws IOException {
    return body.contentLength();
  }

  @Override
  public boolean isOneShot() {
    return true;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    body.writeTo(sink);
    // The body may still sit in OkHttp's buffer; flushing makes "sent" mean handed to the socket.
    sink.flush();
    whenSent.run();
  }
}
