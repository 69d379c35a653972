package dev.imagegen.client;

import com.fasterxml.jackson.annotation.JsonValue;

/** A generated enum constant that knows its value on the wire. */
public interface WireEnum {

  /** The value as sent: a {@link String} or a {@link Long}; never {@code null}. */
  @JsonValue
  Object wireValue();
}
