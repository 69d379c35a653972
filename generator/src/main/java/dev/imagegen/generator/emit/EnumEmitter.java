package dev.imagegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ParameterSpec;
import javax.lang.model.element.Modifier;

/**
 * Emits the Java enum of an enum parameter, nested in its request type:
 *
 * <pre>{@code
 * public enum Scheduler implements WireEnum {
 *   EULER_A("Euler a"),
 *   ...;
 *   public String wireValue() ...
 * }
 * }</pre>
 *
 * Constant names come from {@link JavaNames#constantName}; wire values are {@code String}s, or
 * {@code Long}s for an integer enum such as {@code img_width}. The enum is only ever sent, never read
 * from an answer, so it has a constant per allowed value and nothing for values it does not know.
 */
final class EnumEmitter {

  private EnumEmitter() {}

  /** The enum {@code type} holding the values of {@code parameter}. */
  static TypeSpec emit(ParameterSpec parameter, ClassName type) {
    TypeName wireType = ClassName.get(parameter.isIntegerEnum() ? Long.class : String.class);
    TypeSpec.Builder enumType = TypeSpec.enumBuilder(type)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(RuntimeTypes.WIRE_ENUM)
        .addJavadoc("The values of {@code $L}: $L", parameter.name(), JavadocText.escape(parameter.description()));
    for (Object value : parameter.enumValues()) {
      enumType.addEnumConstant(
          JavaNames.constantName(String.valueOf(value)),
          TypeSpec.anonymousClassBuilder("$L", SpecLiterals.enumValue(parameter, value))
              .addJavadoc("Wire value $L.", JavadocText.value(value))
              .build());
    }
    return enumType
        .addField(wireType, "wireValue", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(wireType, "wireValue")
            .addStatement("this.wireValue = wireValue")
            .build())
        .addMethod(MethodSpec.methodBuilder("wireValue")
            .addJavadoc("The value as sent.")
            .addAnnotation(RuntimeTypes.JSON_VALUE)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(wireType)
            .addStatement("return wireValue")
            .build())
        .build();
  }
}
