package dev.imagegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * Emits the immutable request type of a model, such as {@code FluxSchnellRequest}: private final
 * fields, getters ({@code Optional} for optional parameters), a nested enum per enum parameter, a
 * {@code Builder} whose {@code build()} validates ({@link RequestBuilderEmitter}), {@code toBuilder()},
 * the model's {@code RULES} ({@link ModelRulesCode}) and {@code rules()}, {@code toWireMap()}, and
 * {@code equals}/{@code hashCode}/{@code toString}.
 */
final class RequestTypeEmitter {

  private static final TypeName WIRE_MAP =
      ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Object.class));

  /** The constant of a request type holding its model's rules. */
  static final String RULES = "RULES";

  private RequestTypeEmitter() {}

  static JavaFile emit(ProviderSpec provider, RequestLayout layout) {
    ModelSpec model = layout.model();
    ClassName type = layout.requestType();
    ClassName builder = type.nestedClass("Builder");
    List<RequestLayout.Member> members = layout.members();

    TypeSpec.Builder request = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(RuntimeTypes.MODEL_REQUEST)
        .addJavadoc(classDoc(provider, model, layout))
        .addField(FieldSpec.builder(RuntimeTypes.MODEL_RULES, RULES, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The rules of {@code $L}, which {@link Builder#build()} and the client's calls by model id check.",
                model.id())
            .initializer(ModelRulesCode.of(layout))
            .build());
    members.forEach(member -> request.addField(member.valueType(), member.name(), Modifier.PRIVATE, Modifier.FINAL));

    MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(builder, "builder");
    members.forEach(member -> constructor.addStatement("this.$N = builder.$N", member.name(), member.name()));
    request.addMethod(constructor.build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder with no parameter set.")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(builder)
            .addStatement("return new $T()", builder)
            .build())
        .addMethod(MethodSpec.methodBuilder("toBuilder")
            .addJavadoc("A builder holding this request's parameters.")
            .addModifiers(Modifier.PUBLIC)
            .returns(builder)
            .addStatement("return new $T(this)", builder)
            .build());
    members.forEach(member -> request.addMethod(getter(member)));
    return GeneratedFiles.of(type, request
            .addMethod(rules())
            .addMethod(toWireMap(members))
            .addMethod(equalsMethod(type, members))
            .addMethod(hashCodeMethod(members))
            .addMethod(toStringMethod(type))
            .addTypes(enums(members))
            .addType(RequestBuilderEmitter.emit(type, builder, members))
            .build(),
        model.location());
  }

  private static CodeBlock classDoc(ProviderSpec provider, ModelSpec model, RequestLayout layout) {
    return CodeBlock.builder()
        .add("A request to the $L model {@code $L}: $L.\n\n", JavadocText.escape(provider.title()), model.id(),
            JavadocText.escape(model.title()))
        .add("<p>$L\n\n", JavadocText.escape(model.summary()))
        .add("<p>Immutable; {@link Builder#build()} checks every parameter and lists every violation:\n\n")
        .add("<pre>{@code\n$L}</pre>\n\n", UsageExamples.request(layout))
        .add("$L", JavadocText.sourceLink(provider, model))
        .build();
  }

  private static MethodSpec getter(RequestLayout.Member member) {
    CodeBlock value = member.spec().required()
        ? CodeBlock.of("$N", member.name())
        : CodeBlock.of("$T.ofNullable($N)", Optional.class, member.name());
    return MethodSpec.methodBuilder(member.name())
        .addJavadoc(ParameterDocs.of(member))
        .addModifiers(Modifier.PUBLIC)
        .returns(member.getterType())
        .addStatement("return $L", value)
        .build();
  }

  private static MethodSpec rules() {
    return MethodSpec.methodBuilder("rules")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(RuntimeTypes.MODEL_RULES)
        .addStatement("return $N", RULES)
        .build();
  }

  private static MethodSpec toWireMap(List<RequestLayout.Member> members) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toWireMap")
        .addJavadoc("The fixed fields, then every parameter that is set, in spec order; unset parameters are absent.")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(WIRE_MAP)
        .addStatement("$T wire = new $T<>(rules().fixedFields())", WIRE_MAP, LinkedHashMap.class);
    // Fields are read through "this." so that a parameter named "wire" cannot be shadowed.
    members.forEach(member -> method
        .beginControlFlow("if (this.$N != null)", member.name())
        .addStatement("wire.put($L, this.$N)", SpecLiterals.string(member.spec().name()), member.name())
        .endControlFlow());
    return method.addStatement("return $T.unmodifiableMap(wire)", Collections.class).build();
  }

  private static MethodSpec equalsMethod(ClassName type, List<RequestLayout.Member> members) {
    CodeBlock fieldsEqual = members.isEmpty()
        ? CodeBlock.of("true")
        : members.stream()
            .map(member -> CodeBlock.of("$T.equals(this.$N, that.$N)", Objects.class, member.name(), member.name()))
            .collect(CodeBlock.joining("\n&& "));
    return MethodSpec.methodBuilder("equals")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(boolean.class)
        .addParameter(Object.class, "other")
        .beginControlFlow("if (this == other)")
        .addStatement("return true")
        .endControlFlow()
        .beginControlFlow("if (!(other instanceof $T))", type)
        .addStatement("return false")
        .endControlFlow()
        .addStatement("$T that = ($T) other", type, type)
        .addStatement("return $L", fieldsEqual)
        .build();
  }

  private static MethodSpec hashCodeMethod(List<RequestLayout.Member> members) {
    String fields = members.stream().map(member -> "this." + member.name()).collect(Collectors.joining(", "));
    return MethodSpec.methodBuilder("hashCode")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(int.class)
        .addStatement("return $T.hash($L)", Objects.class, fields)
        .build();
  }

  private static MethodSpec toStringMethod(ClassName type) {
    return MethodSpec.methodBuilder("toString")
        .addJavadoc("The type and the wire map; images are abbreviated by {@code ImageInput.toString()}.")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addStatement("return $S + toWireMap()", type.simpleName())
        .build();
  }

  private static List<TypeSpec> enums(List<RequestLayout.Member> members) {
    return members.stream()
        .filter(member -> member.enumType().isPresent())
        .map(member -> EnumEmitter.emit(member.spec(), member.enumType().orElseThrow()))
        .collect(Collectors.toList());
  }
}
