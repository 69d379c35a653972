package dev.imagegen.client;

/** A generated enum constant that knows its value on the wire. */
public interface WireEnum {

  /** The value as sent: a {@link String} or a {@link Long}; {@code null} for the UNKNOWN constant. */
  Object wireValue();
}
