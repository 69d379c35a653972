package dev.imagegen.client.testing;

import dev.imagegen.client.WireEnum;

/** Shaped like a generated integer enum such as {@code img_width}. */
public enum TestImageWidth implements WireEnum {
  W_512(512L),
  W_768(768L),
  W_600(600L);

  private final Long wireValue;

  TestImageWidth(Long wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public Object wireValue() {
    return wireValue;
  }
}
