package dev.imagegen.generator.emit;

import com.palantir.javapoet.CodeBlock;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;

/**
 * The initializer of a request type's {@code RULES} constant: every parameter rule and fixed field of
 * the model spec as a {@code ModelRules} builder chain; an enum parameter's allowed values are those
 * of its nested enum. Typed requests and the client's calls by
 * model id are validated by these same rules.
 */
final class ModelRulesCode {

  private ModelRulesCode() {}

  static CodeBlock of(RequestLayout layout) {
    ModelSpec model = layout.model();
    CodeBlock.Builder rules = CodeBlock.builder()
        .add("$T.builder($L)$>$>", RuntimeTypes.MODEL_RULES, SpecLiterals.string(model.id()));
    layout.members().forEach(member -> rules.add("\n.parameter($L)", parameterRule(member)));
    model.fixedFields().forEach((name, value) ->
        rules.add("\n.fixedField($L, $L)", SpecLiterals.string(name), SpecLiterals.wire(value)));
    return rules.add("\n.build()$<$<").build();
  }

  private static CodeBlock parameterRule(RequestLayout.Member member) {
    ParameterSpec parameter = member.spec();
    CodeBlock.Builder rule = CodeBlock.builder()
        .add("$T.builder($L, $T.$L)", RuntimeTypes.PARAMETER_RULE, SpecLiterals.string(parameter.name()),
            RuntimeTypes.PARAMETER_RULE_KIND, parameter.type().name());
    if (parameter.required()) {
      rule.add(".required()");
    }
    parameter.minimum().ifPresent(minimum -> rule.add(".minimum($L)", SpecLiterals.decimal(minimum)));
    parameter.maximum().ifPresent(maximum -> rule.add(".maximum($L)", SpecLiterals.decimal(maximum)));
    parameter.multipleOf().ifPresent(step -> rule.add(".multipleOf($L)", SpecLiterals.decimal(step)));
    parameter.minLength().ifPresent(minLength -> rule.add(".minLength($L)", minLength));
    parameter.maxLength().ifPresent(maxLength -> rule.add(".maxLength($L)", maxLength));
    // The values are written once, in the nested enum: a long list would otherwise weigh on this initializer too.
    member.enumType().ifPresent(type -> rule.add(".allowedValuesOf($T.values())", type));
    if (!parameter.imageForms().isEmpty()) {
      rule.add(".imageForms($L)", parameter.imageForms().stream()
          .sorted()
          .map(form -> CodeBlock.of("$T.$L", RuntimeTypes.PARAMETER_RULE_IMAGE_FORM, form.name()))
          .collect(CodeBlock.joining(", ")));
    }
    return rule.add(".build()").build();
  }
}
