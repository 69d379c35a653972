package dev.imagegen.client.testing;

import dev.imagegen.client.WireEnum;

/** Shaped like a generated string enum. */
public enum TestSampler implements WireEnum {
  EULER("euler"),
  HEUN("heun"),
  DPMPP_2M("dpmpp_2m");

  private final String wireValue;

  TestSampler(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public Object wireValue() {
    return wireValue;
  }
}
