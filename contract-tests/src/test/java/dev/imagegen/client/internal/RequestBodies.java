package dev.imagegen.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.imagegen.client.ModelRequest;
import java.nio.charset.StandardCharsets;

/**
 * A request body as the client writes it: the client's own Jackson configuration, writing the
 * declared body type of its Retrofit calls. It lives in the runtime's package (test sources only)
 * because that configuration is package-private.
 */
public final class RequestBodies {

  private RequestBodies() {}

  /** The JSON text of {@code request}'s body, byte for byte as sent. */
  public static String json(ModelRequest request) {
    try {
      // Bytes, as the body converter writes them: Jackson's UTF-8 writer escapes characters beyond the BMP.
      return new String(WireJson.MAPPER.writerFor(ModelRequest.class).writeValueAsBytes(request), StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the body of " + request, e);
    }
  }
}
