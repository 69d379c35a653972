package dev.imagegen.contract.client;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/** Calls the public methods of generated code, which the tests know only by the names the spec gives it. */
final class Reflection {

  private Reflection() {}

  /** Calls a public method; what the method throws is rethrown as it was. */
  static Object call(Class<?> type, Object target, String name, Class<?>[] parameterTypes, Object... args) {
    Method method;
    try {
      method = type.getMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no method " + name + Arrays.toString(parameterTypes), e);
    }
    try {
      return method.invoke(target, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** The parameter type of the one public one-parameter method {@code name}, such as a builder's setter. */
  static Class<?> onlyParameterType(Class<?> type, String name) {
    List<Method> methods = Arrays.stream(type.getMethods())
        .filter(method -> method.getName().equals(name) && method.getParameterCount() == 1)
        .toList();
    if (methods.size() != 1) {
      throw new IllegalStateException(type.getName() + " has " + methods.size() + " one-parameter methods " + name
          + ", expected exactly one");
    }
    return methods.get(0).getParameterTypes()[0];
  }
}
