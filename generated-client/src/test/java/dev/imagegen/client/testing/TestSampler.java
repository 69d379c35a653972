package dev.imagegen.client.testing;

import dev.imagegen.client.WireEnum;

/** Shaped like a generated string enum, with the UNKNOWN constant a server's new value maps to. */
public enum TestSampler implements WireEnum {
  EULER("euler"),
  HEUN("heun"),
  DPMPP_2M("dpmpp_2m"),
  UNKNOWN(null);

  private final String wireValue;

  TestSampler(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  public Object wireValue() {
    return wireValue;
  }
}
