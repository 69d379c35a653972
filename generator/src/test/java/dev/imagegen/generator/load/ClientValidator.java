package dev.imagegen.generator.load;

import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.testing.Javac;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * The generated client's request validator, compiled from the runtime's sources
 * ({@code imagegen.runtimeSources}) and called by reflection, since the generator cannot depend on
 * the client it builds. Asked about one parameter and one value, it answers what a caller who sent
 * that value would read.
 */
final class ClientValidator implements AutoCloseable {

  private static final String VALIDATION = "dev.imagegen.client.validation.";

  private final URLClassLoader classes;

  private ClientValidator(URLClassLoader classes) {
    this.classes = classes;
  }

  /**
   * Compiles the runtime into {@code folder}.
   *
   * @throws IllegalStateException when the runtime does not compile
   */
  static ClientValidator compiledInto(Path folder) throws IOException {
    List<Diagnostic<? extends JavaFileObject>> errors = Javac.compile(List.of(), Javac.runtimeSourceFiles(), List.of(), folder)
        .stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    if (!errors.isEmpty()) {
      throw new IllegalStateException("the runtime does not compile: " + errors);
    }
    return new ClientValidator(new URLClassLoader(new URL[] {folder.toUri().toURL()}, ClientValidator.class.getClassLoader()));
  }

  /**
   * The messages of the violations a request holding {@code value} for {@code parameter} breaks, under
   * a rule with the parameter's constraints, as generated code declares it; empty when none is broken.
   */
  List<String> messages(ParameterSpec parameter, Object value) throws ReflectiveOperationException {
    Object rules = call(type("ModelRules").getMethod("builder", String.class).invoke(null, "model"), "parameter", rule(parameter));
    List<?> violations = (List<?>) type("RequestValidator").getMethod("validate", type("ModelRules"), Map.class)
        .invoke(null, call(rules, "build"), Map.of(parameter.name(), value));
    List<String> messages = new ArrayList<>();
    for (Object violation : violations) {
      messages.add((String) call(violation, "message"));
    }
    return messages;
  }

  private Object rule(ParameterSpec parameter) throws ReflectiveOperationException {
    Class<?> kind = type("ParameterRule$Kind");
    // A spec's types and the rule's kinds have the same names.
    Object builder = type("ParameterRule").getMethod("builder", String.class, kind)
        .invoke(null, parameter.name(), kind.getField(parameter.type().name()).get(null));
    if (parameter.minimum().isPresent()) {
      call(builder, "minimum", parameter.minimum().get().toPlainString());
    }
    if (parameter.maximum().isPresent()) {
      call(builder, "maximum", parameter.maximum().get().toPlainString());
    }
    if (parameter.multipleOf().isPresent()) {
      call(builder, "multipleOf", parameter.multipleOf().get().toPlainString());
    }
    if (parameter.minLength().isPresent()) {
      call(builder, "minLength", parameter.minLength().getAsInt());
    }
    if (parameter.maxLength().isPresent()) {
      call(builder, "maxLength", parameter.maxLength().getAsInt());
    }
    if (!parameter.enumValues().isEmpty()) {
      call(builder, "allowedValues", (Object) parameter.enumValues().toArray());
    }
    return call(builder, "build");
  }

  private Class<?> type(String simpleName) throws ClassNotFoundException {
    return classes.loadClass(VALIDATION + simpleName);
  }

  /** Calls the public method {@code name} of {@code target}, which has no overloads; a runtime exception it throws is rethrown as is. */
  private static Object call(Object target, String name, Object... arguments) throws ReflectiveOperationException {
    Method method = Arrays.stream(target.getClass().getMethods()).filter(m -> m.getName().equals(name)).findFirst()
        .orElseThrow(() -> new NoSuchMethodException(target.getClass().getName() + "." + name));
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    classes.close();
  }
}
