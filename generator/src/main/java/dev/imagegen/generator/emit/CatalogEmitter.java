package dev.imagegen.generator.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Emits a provider's catalog, such as {@code SegmindCatalog}: {@code all()}, {@code rules(modelId)},
 * and the model index that the client's calls by model id switch on. The rules themselves live in
 * each request type's {@code RULES}, so a lookup loads the classes of one model only, and no method
 * grows with more than a few bytes per model.
 */
final class CatalogEmitter {

  private static final String MODEL_IDS = "MODEL_IDS";
  static final String INDEX_OF = "indexOf";

  private CatalogEmitter() {}

  static JavaFile emit(ProviderSpec provider) {
    ClassName type = GeneratedTypes.catalog(provider);
    TypeSpec.Builder catalog = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("The parameter rules of every $L model, as its spec gives them.\n",
            JavadocText.escape(provider.title()));
    provider.models().stream().findFirst().ifPresent(first -> catalog.addJavadoc(
        "\n<pre>{@code\nModelRules rules = $L.rules($L).orElseThrow();\n}</pre>\n", type.simpleName(),
        SpecLiterals.string(first.id())));
    return GeneratedFiles.of(type, catalog
            .addField(modelIds(provider))
            .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
            .addMethod(all(provider))
            .addMethod(rules(provider))
            .addMethod(indexOf())
            .build(),
        provider.location());
  }

  /** The model ids in {@link String#compareTo} order, which the index and the binary search rely on. */
  static List<ModelSpec> byId(ProviderSpec provider) {
    return provider.models().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
  }

  private static FieldSpec modelIds(ProviderSpec provider) {
    return FieldSpec.builder(ArrayTypeName.of(String.class), MODEL_IDS, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$>\n$L$<\n}", byId(provider).stream()
            .map(model -> SpecLiterals.string(model.id()))
            .collect(CodeBlock.joining(",\n")))
        .build();
  }

  private static MethodSpec all(ProviderSpec provider) {
    CodeBlock constants = provider.models().stream()
        .map(model -> CodeBlock.of("$T.RULES", GeneratedTypes.request(model)))
        .collect(CodeBlock.joining(",\n"));
    return MethodSpec.methodBuilder("all")
        .addJavadoc("The rules of every model, in spec order; this loads the request type of each.")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.MODEL_RULES))
        .addStatement("return $T.of(\n$L)", List.class, constants)
        .build();
  }

  private static MethodSpec rules(ProviderSpec provider) {
    MethodSpec.Builder method = MethodSpec.methodBuilder("rules")
        .addJavadoc("The rules of the model {@code modelId}, if this provider serves it.")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), RuntimeTypes.MODEL_RULES))
        .addParameter(String.class, "modelId")
        .beginControlFlow("switch ($N(modelId))", INDEX_OF);
    List<ModelSpec> models = byId(provider);
    for (int index = 0; index < models.size(); index++) {
      method.addStatement("case $L: return $T.of($T.RULES)", index, Optional.class, GeneratedTypes.request(models.get(index)));
    }
    return method.addStatement("default: return $T.empty()", Optional.class)
        .endControlFlow()
        .build();
  }

  private static MethodSpec indexOf() {
    return MethodSpec.methodBuilder(INDEX_OF)
        .addJavadoc("The position of {@code modelId} among the sorted model ids, or -1 when this provider has no such model.\n\n"
            + "@throws NullPointerException when {@code modelId} is null\n")
        .addModifiers(Modifier.STATIC)
        .returns(int.class)
        .addParameter(String.class, "modelId")
        .addStatement("int index = $T.binarySearch($N, $T.requireNonNull(modelId, $S))", Arrays.class, MODEL_IDS,
            Objects.class, "modelId")
        .addStatement("return index < 0 ? -1 : index")
        .build();
  }
}
