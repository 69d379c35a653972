package dev.imagegen.client.internal;

import dev.imagegen.client.ModelRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import okio.Buffer;

/**
 * A request body as the client sends it, written by the client's own body converter. It lives in the
 * runtime's package (test sources only) because that converter is package-private.
 */
public final class SentBodies {

  private SentBodies() {}

  /** The JSON text of {@code request}'s body, byte for byte as sent. */
  public static String json(ModelRequest request) {
    Buffer sent = new Buffer();
    try {
      RequestBodies.of(request).writeTo(sent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the body of " + request, e);
    }
    return sent.readUtf8();
  }
}
