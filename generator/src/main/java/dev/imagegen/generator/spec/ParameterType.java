package dev.imagegen.generator.spec;

import java.util.Arrays;
import java.util.Optional;

/** The type of a parameter, as spelt in a spec's {@code type} field. */
public enum ParameterType {
  STRING("string"),
  INTEGER("integer"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  /** One of a fixed list of string or integer values. */
  ENUM("enum"),
  /** An input image, sent as a URL or as base64 text. */
  IMAGE("image");

  private final String specName;

  ParameterType(String specName) {
    this.specName = specName;
  }

  /** The spelling used in spec files. */
  public String specName() {
    return specName;
  }

  /** The type spelt {@code specName} in a spec, if any. */
  public static Optional<ParameterType> fromSpecName(String specName) {
    return Arrays.stream(values()).filter(t -> t.specName.equals(specName)).findFirst();
  }
}
