package dev.imagegen.client.validation;

/** A caller's value in its wire form, or the reason it cannot have one. */
final class WireValue {

  private final Object value;
  private final String problem;

  private WireValue(Object value, String problem) {
    this.value = value;
    this.problem = problem;
  }

  static WireValue of(Object value) {
    return new WireValue(value, null);
  }

  static WireValue rejected(String problem) {
    return new WireValue(null, problem);
  }

  boolean isRejected() {
    return problem != null;
  }

  /** {@link String}, {@link Long}, {@link Double}, {@link Boolean} or {@link dev.imagegen.client.ImageInput}. */
  Object value() {
    return value;
  }

  String problem() {
    return problem;
  }
}
