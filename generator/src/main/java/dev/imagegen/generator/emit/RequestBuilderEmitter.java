package dev.imagegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the mutable {@code Builder} nested in a request type: a field and a setter per parameter
 * (primitive for numbers and booleans), a {@code clearX()} per optional parameter, a copy constructor
 * for {@code toBuilder()}, and
 * {@code build()}, which validates the request by its rules and lists every violation.
 */
final class RequestBuilderEmitter {

  private RequestBuilderEmitter() {}

  /** The {@code Builder} of request type {@code type}, named {@code builder}, with a setter per member. */
  static TypeSpec emit(ClassName type, ClassName builder, List<RequestLayout.Member> members) {
    TypeSpec.Builder result = TypeSpec.classBuilder(builder)
        .addJavadoc("Builds a {@link $T}; {@link #build()} validates it.", type)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    members.forEach(member -> result.addField(member.valueType(), member.name(), Modifier.PRIVATE));

    MethodSpec.Builder copy = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PRIVATE)
        .addParameter(type, "request");
    members.forEach(member -> copy.addStatement("this.$N = request.$N", member.name(), member.name()));
    result.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(copy.build());

    for (RequestLayout.Member member : members) {
      result.addMethod(MethodSpec.methodBuilder(member.name())
          .addJavadoc(ParameterDocs.of(member))
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addParameter(member.setterType(), member.name())
          .addStatement("this.$N = $N", member.name(), member.name())
          .addStatement("return this")
          .build());
      member.clearName().ifPresent(clear -> result.addMethod(MethodSpec.methodBuilder(clear)
          .addJavadoc("Unsets {@code $L}, so that the request leaves it out, as if it had never been set.\n", member.name())
          .addModifiers(Modifier.PUBLIC)
          .returns(builder)
          .addStatement("this.$N = null", member.name())
          .addStatement("return this")
          .build()));
    }

    return result.addMethod(MethodSpec.methodBuilder("build")
            .addJavadoc("The request, once every parameter is checked against {@link $T#rules()}.\n\n", type)
            .addJavadoc("@throws $T listing every violation$L\n", RuntimeTypes.VALIDATION_EXCEPTION, violationExample(members))
            .addModifiers(Modifier.PUBLIC)
            .returns(type)
            .addStatement("return $T.requireValid(new $T(this))", RuntimeTypes.REQUEST_VALIDATOR, type)
            .build())
        .build();
  }

  /** A violation this request can have, as the validator words it: a required parameter left out. */
  private static String violationExample(List<RequestLayout.Member> members) {
    return members.stream().filter(member -> member.spec().required()).findFirst()
        .map(member -> ", such as {@code /" + member.spec().name() + ": is required}").orElse("");
  }
}
