package dev.imagegen.contract.client;

import dev.imagegen.client.ImageInput;
import dev.imagegen.client.ModelRequest;
import dev.imagegen.client.WireEnum;
import dev.imagegen.contract.gen.WireForm;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.emit.TypedApiNames;
import dev.imagegen.generator.spec.ParameterSpec;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A model's generated request type ({@code <Model>Request}), built by reflection from the map the
 * dynamic API takes: {@code builder()}, one setter per given parameter, named as the emitter names
 * it, then {@code build()}. No test names a model or a setter.
 */
public final class TypedRequest {

  private static final Class<?>[] NONE = new Class<?>[0];

  private TypedRequest() {}

  /** The typed request of {@code params}, a valid parameter map of {@code model}; {@code build()} validates it. */
  public static ModelRequest of(ModelUnderTest model, Map<String, Object> params) {
    Class<?> type = requestClass(model);
    Object builder = Reflection.call(type, null, "builder", NONE);
    Map<String, String> setters = TypedApiNames.setters(model.model());
    Map<String, ParameterSpec> specs = model.model().parameters().stream()
        .collect(Collectors.toMap(ParameterSpec::name, Function.identity()));
    params.forEach((name, value) -> {
      String setter = setters.get(name);
      Class<?> setterType = Reflection.onlyParameterType(builder.getClass(), setter);
      Reflection.call(builder.getClass(), builder, setter, new Class<?>[] {setterType}, argument(specs.get(name), setterType, value));
    });
    return (ModelRequest) Reflection.call(builder.getClass(), builder, "build", NONE);
  }

  /** {@code request.toBuilder().build()}. */
  public static ModelRequest rebuilt(ModelRequest request) {
    Object builder = Reflection.call(request.getClass(), request, "toBuilder", NONE);
    return (ModelRequest) Reflection.call(builder.getClass(), builder, "build", NONE);
  }

  /** The value a setter of {@code setterType} takes for a dynamic API value of {@code parameter}. */
  private static Object argument(ParameterSpec parameter, Class<?> setterType, Object value) {
    return switch (parameter.type()) {
      case INTEGER -> WireForm.decimal((Number) value).longValueExact();
      case NUMBER -> WireForm.decimal((Number) value).doubleValue();
      case STRING, BOOLEAN -> value;
      // An integer enum's wire values are Longs; the dynamic API takes any integral number.
      case ENUM -> constant(setterType, value instanceof Number number ? WireForm.decimal(number).longValueExact() : value);
      case IMAGE -> value instanceof ImageInput ? value : ImageInput.of((String) value);
    };
  }

  /** The constant of the generated enum {@code type} whose wire value is {@code wireValue}. */
  private static Object constant(Class<?> type, Object wireValue) {
    return Arrays.stream(type.getEnumConstants())
        .filter(constant -> ((WireEnum) constant).wireValue().equals(wireValue))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no constant for " + wireValue));
  }

  private static Class<?> requestClass(ModelUnderTest model) {
    String name = TypedApiNames.requestClass(model.model());
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no generated request type " + name + " for " + model.id()
          + " (spec folder " + model.folder() + "); was the folder generated and compiled?", e);
    }
  }
}
