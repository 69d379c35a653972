package dev.imagegen.contract.engine;

import java.util.function.Supplier;

/** What a call returned or threw, so that a property can check the traffic first and the outcome after. */
public record Attempt<T>(T value, RuntimeException failure) {

  public static <T> Attempt<T> of(Supplier<T> call) {
    try {
      return new Attempt<>(call.get(), null);
    } catch (RuntimeException e) {
      return new Attempt<>(null, e);
    }
  }

  /** The value; a failure is rethrown as it was. */
  public T get() {
    if (failure != null) {
      throw failure;
    }
    return value;
  }
}
