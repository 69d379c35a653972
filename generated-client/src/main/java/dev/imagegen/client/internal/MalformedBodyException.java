package dev.imagegen.client.internal;

import java.io.IOException;

/**
 * A body whose content, not its transfer, is wrong: text that is not base64, a data URI that is not
 * base64. The runtime turns it into an {@code UnexpectedResponseException}, never a transport failure,
 * so a caller is not invited to send a billed call again.
 */
public final class MalformedBodyException extends IOException {
  private static final long serialVersionUID = 1L;

  MalformedBodyException(String message) {
    super(message);
  }

  MalformedBodyException(String message, Throwable cause) {
    super(message, cause);
  }
}
