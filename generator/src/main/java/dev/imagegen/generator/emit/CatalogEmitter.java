package dev.imagegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits a provider's catalog, such as {@code SegmindCatalog}: one {@code ModelRules} constant per
 * model with a {@code ParameterRule} per parameter, plus {@code all()} and {@code rules(modelId)}.
 * Typed requests and the dynamic {@code run(modelId, params)} are validated by these same rules.
 */
final class CatalogEmitter {

  private CatalogEmitter() {}

  static JavaFile emit(ProviderSpec provider) {
    ClassName type = GeneratedTypes.catalog(provider);
    TypeSpec.Builder catalog = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The parameter rules of every $L model, as its spec gives them.\n",
            JavadocText.escape(provider.title()));
    provider.models().stream().findFirst().ifPresent(first -> catalog.addJavadoc(
        "\n<pre>{@code\nModelRules rules = $L.rules($S).orElseThrow();\n}</pre>\n", type.simpleName(), first.id()));
    provider.models().forEach(model -> catalog.addField(rulesField(model)));
    return GeneratedFiles.of(type, catalog
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(all(provider))
            .addMethod(rules())
            .build(),
        provider.location());
  }

  private static FieldSpec rulesField(ModelSpec model) {
    CodeBlock.Builder rules = CodeBlock.builder()
        .add("$T.builder($S)$>$>", RuntimeTypes.MODEL_RULES, model.id());
    model.parameters().forEach(parameter -> rules.add("\n.parameter($L)", parameterRule(parameter)));
    model.fixedFields().forEach((name, value) -> rules.add("\n.fixedField($S, $L)", name, SpecLiterals.wire(value)));
    return FieldSpec.builder(RuntimeTypes.MODEL_RULES, GeneratedTypes.rulesConstant(model),
            Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The rules of {@code $L} ($L).", model.id(), JavadocText.escape(model.title()))
        .initializer(rules.add("\n.build()$<$<").build())
        .build();
  }

  private static CodeBlock parameterRule(ParameterSpec parameter) {
    CodeBlock.Builder rule = CodeBlock.builder()
        .add("$T.builder($S, $T.$L)", RuntimeTypes.PARAMETER_RULE, parameter.name(),
            RuntimeTypes.PARAMETER_RULE_KIND, parameter.type().name());
    if (parameter.required()) {
      rule.add(".required()");
    }
    parameter.minimum().ifPresent(minimum -> rule.add(".minimum($L)", SpecLiterals.decimal(minimum)));
    parameter.maximum().ifPresent(maximum -> rule.add(".maximum($L)", SpecLiterals.decimal(maximum)));
    parameter.multipleOf().ifPresent(step -> rule.add(".multipleOf($L)", SpecLiterals.decimal(step)));
    parameter.minLength().ifPresent(minLength -> rule.add(".minLength($L)", minLength));
    parameter.maxLength().ifPresent(maxLength -> rule.add(".maxLength($L)", maxLength));
    if (!parameter.enumValues().isEmpty()) {
      rule.add(".allowedValues($L)", parameter.enumValues().stream()
          .map(value -> SpecLiterals.enumValue(parameter, value))
          .collect(CodeBlock.joining(", ")));
    }
    if (!parameter.imageForms().isEmpty()) {
      rule.add(".imageForms($L)", parameter.imageForms().stream()
          .sorted()
          .map(form -> CodeBlock.of("$T.$L", RuntimeTypes.PARAMETER_RULE_IMAGE_FORM, form.name()))
          .collect(CodeBlock.joining(", ")));
    }
    return rule.add(".build()").build();
  }

  private static MethodSpec all(ProviderSpec provider) {
    CodeBlock constants = provider.models().stream()
        .map(model -> CodeBlock.of("$N", GeneratedTypes.rulesConstant(model)))
        .collect(CodeBlock.joining(", "));
    return MethodSpec.methodBuilder("all")
        .addJavadoc("The rules of every model, in spec order.")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.MODEL_RULES))
        .addStatement("return $T.of($L)", List.class, constants)
        .build();
  }

  private static MethodSpec rules() {
    return MethodSpec.methodBuilder("rules")
        .addJavadoc("The rules of the model {@code modelId}, if this provider serves it.")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), RuntimeTypes.MODEL_RULES))
        .addParameter(String.class, "modelId")
        .addStatement("return all().stream().filter(rules -> rules.modelId().equals(modelId)).findFirst()")
        .build();
  }
}
