package dev.imagegen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
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
 *   ...
 *   UNKNOWN(null);
 *   public String wireValue() ...
 *   public static Scheduler fromWire(Object value) ...   // UNKNOWN for any other value; never throws
 * }
 * }</pre>
 *
 * Constant names come from {@link JavaNames#constantName}; wire values are {@code String}s, or
 * {@code Long}s for an integer enum such as {@code img_width}.
 */
final class EnumEmitter {

  /** The constant every generated enum keeps for values the server adds later; it is never sent. */
  static final String UNKNOWN = "UNKNOWN";

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
    enumType.addEnumConstant(
        UNKNOWN,
        TypeSpec.anonymousClassBuilder("null")
            .addJavadoc("A value this client does not know; never sent.")
            .build());
    return enumType
        .addField(wireType, "wireValue", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(wireType, "wireValue")
            .addStatement("this.wireValue = wireValue")
            .build())
        .addMethod(MethodSpec.methodBuilder("wireValue")
            .addJavadoc("The value as sent; {@code null} for {@link #$L}.", UNKNOWN)
            .addAnnotation(RuntimeTypes.JSON_VALUE)
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(wireType)
            .addStatement("return wireValue")
            .build())
        .addMethod(fromWire(parameter, type))
        .build();
  }

  private static MethodSpec fromWire(ParameterSpec parameter, ClassName type) {
    // An integer enum accepts what Jackson or a caller hands over for a JSON integer.
    CodeBlock matches = parameter.isIntegerEnum()
        ? CodeBlock.of("(value instanceof $T || value instanceof $T) && constant.wireValue == (($T) value).longValue()",
            Long.class, Integer.class, Number.class)
        : CodeBlock.of("constant.wireValue.equals(value)");
    return MethodSpec.methodBuilder("fromWire")
        .addJavadoc("The constant whose wire value is {@code value}, or {@link #$L} for any other value; never throws.",
            UNKNOWN)
        .addAnnotation(AnnotationSpec.builder(RuntimeTypes.JSON_CREATOR)
            .addMember("mode", "$T.Mode.DELEGATING", RuntimeTypes.JSON_CREATOR)
            .build())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(Object.class, "value")
        .beginControlFlow("for ($T constant : values())", type)
        .beginControlFlow("if (constant != $L && $L)", UNKNOWN, matches)
        .addStatement("return constant")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return $L", UNKNOWN)
        .build();
  }
}
