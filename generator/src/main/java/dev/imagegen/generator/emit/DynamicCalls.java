package dev.imagegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The calls by model id of a provider's client: {@code generate(modelId, params)} for the models
 * with a sync flow and {@code submit(modelId, params)} and {@code submitAsync(modelId, params)} for
 * those served on v2, each with an
 * overload taking {@code RequestOptions}. The map is checked by the catalog's rules (through
 * {@code DynamicRequest.of}) before any HTTP call; an unknown model id is an
 * {@code IllegalArgumentException} that lists the known ones.
 */
final class DynamicCalls {

  /** {@code Map<String, ?>}, the parameters of a call by model id. */
  static final TypeName PARAMS = ParameterizedTypeName.get(
      ClassName.get(Map.class), ClassName.get(String.class), WildcardTypeName.subtypeOf(Object.class));
  /** Where an asynchronous submit's future completes, and what that asks of its continuations. */
  static final String ASYNC_THREADS = "It completes on one of the client's few HTTP threads: compose it"
      + " ({@code thenCompose(Job::future)}) or continue on an executor of your own, but do not block in it.";
  private static final String UNKNOWN_MODEL = "unknownModel";
  private static final int LISTED_MODELS = 10;

  private DynamicCalls() {}

  static void add(TypeSpec.Builder client, ProviderLayout layout) {
    ProviderSpec provider = layout.spec();
    List<ModelSpec> sync = provider.models().stream().filter(ModelFlows::hasSync).collect(Collectors.toList());
    List<ModelSpec> v2 = provider.models().stream()
        .filter(model -> ModelFlows.v2(provider, model).isPresent())
        .collect(Collectors.toList());
    if (!sync.isEmpty()) {
      addPair(client, "generate", syncResultType(provider, sync),
          "Validates {@code params} by the rules of {@code modelId}, then sends them once and returns the output.",
          throwsDoc(sync).build(), byModel(layout, "generate", sync));
    }
    if (!v2.isEmpty()) {
      addPair(client, "submit", RuntimeTypes.JOB,
          "Validates {@code params} by the rules of {@code modelId}, then queues them and returns the job at once.",
          throwsDoc(v2).build(), byModel(layout, "submit", v2));
      addPair(client, "submitAsync", RuntimeTypes.FUTURE_JOB,
          "Validates {@code params} by the rules of {@code modelId}, then queues them like"
              + " {@link #submit(String, Map)}, without a thread waiting for the POST. " + ASYNC_THREADS,
          throwsDoc(v2).build(), byModel(layout, "submitAsync", v2));
      addPair(client, "run", RuntimeTypes.INFERENCE_RESULT,
          "Submits like {@link #submit(String, Map)}, then waits for the result until the client's deadline.",
          throwsDoc(v2)
              .add("@throws $T when the job FAILED, with the server's error\n", RuntimeTypes.INFERENCE_FAILED_EXCEPTION)
              .add("@throws $T when the deadline passed; it carries the request id\n",
                  RuntimeTypes.INFERENCE_TIMEOUT_EXCEPTION)
              .build(),
          CodeBlock.builder().addStatement("return submit(modelId, params, options).await()").build());
    }
    if (!sync.isEmpty() || !v2.isEmpty()) {
      client.addMethod(unknownModel(provider));
    }
  }

  /** The one type every sync model answers with; a provider mixing images and JSON has no single one. */
  private static ClassName syncResultType(ProviderSpec provider, List<ModelSpec> models) {
    Set<ResponseKind> kinds = models.stream().map(ResponseKind::of).collect(Collectors.toSet());
    if (kinds.size() > 1) {
      throw new IllegalArgumentException(provider.location().file() + ": provider '" + provider.id()
          + "' has models answering with images and models answering with JSON; generate(modelId, params)"
          + " needs one kind of answer");
    }
    return kinds.iterator().next().resultType();
  }

  /** The exceptions every call by model id throws. */
  private static CodeBlock.Builder throwsDoc(List<ModelSpec> models) {
    return CodeBlock.builder()
        .add("@throws IllegalArgumentException when {@code modelId} is not one of $L\n", knownModels(models))
        .add("@throws $T listing every violation of the rules\n", RuntimeTypes.VALIDATION_EXCEPTION);
  }

  /** {@code name(modelId, params)} with the default options, and {@code name(modelId, params, options)} doing {@code body}. */
  private static void addPair(
      TypeSpec.Builder client, String name, TypeName returns, String summary, CodeBlock throwsDoc, CodeBlock body) {
    client.addMethod(MethodSpec.methodBuilder(name)
            .addJavadoc(summary + "\n\n")
            .addJavadoc(throwsDoc)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(String.class, "modelId")
            .addParameter(PARAMS, "params")
            .addStatement("return $N(modelId, params, $T.defaults())", name, RuntimeTypes.REQUEST_OPTIONS)
            .build())
        .addMethod(MethodSpec.methodBuilder(name)
            .addJavadoc(summary + JavadocText.OPTIONS_PARAGRAPH + "\n\n")
            .addJavadoc(throwsDoc)
            .addModifiers(Modifier.PUBLIC)
            .returns(returns)
            .addParameter(String.class, "modelId")
            .addParameter(PARAMS, "params")
            .addParameter(RuntimeTypes.REQUEST_OPTIONS, "options")
            .addCode(body)
            .build());
  }

  /**
   * A switch on the model's index in the catalog that hands {@code params} to its service's
   * {@code call}, which checks them by the model's rules. Switching on the index rather than the id
   * keeps each case to 14 bytes of bytecode, far from the JVM's 64 KiB per method at the most models a
   * provider may have.
   */
  private static CodeBlock byModel(ProviderLayout layout, String call, List<ModelSpec> models) {
    Set<String> served = models.stream().map(ModelSpec::id).collect(Collectors.toSet());
    List<ModelSpec> byId = CatalogEmitter.byId(layout.spec());
    CodeBlock.Builder code = CodeBlock.builder()
        .beginControlFlow("switch ($T.$N(modelId))", GeneratedTypes.catalog(layout.spec()), CatalogEmitter.INDEX_OF);
    for (int index = 0; index < byId.size(); index++) {
      ModelSpec model = byId.get(index);
      if (served.contains(model.id())) {
        code.addStatement("case $L: return this.$N().$N(params, options)", index, layout.accessor(model), call);
      }
    }
    return code.addStatement("default: throw $N(modelId, $L)", UNKNOWN_MODEL, SpecLiterals.string(knownModels(models)))
        .endControlFlow()
        .build();
  }

  private static MethodSpec unknownModel(ProviderSpec provider) {
    return MethodSpec.methodBuilder(UNKNOWN_MODEL)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(IllegalArgumentException.class)
        .addParameter(String.class, "modelId")
        .addParameter(String.class, "knownModels")
        .addStatement("return new $T($L + modelId + $L + knownModels)", IllegalArgumentException.class,
            SpecLiterals.string("Unknown " + provider.id() + " model '"), SpecLiterals.string("'; known models: "))
        .build();
  }

  /**
   * The ids of {@code models}, sorted, as the unknown-model message and the Javadoc list them: all of
   * them when there are a few, otherwise the first few and how many more.
   */
  private static String knownModels(List<ModelSpec> models) {
    List<String> ids = models.stream().map(ModelSpec::id).sorted().toList();
    if (ids.size() <= LISTED_MODELS) {
      return String.join(", ", ids);
    }
    return String.join(", ", ids.subList(0, LISTED_MODELS)) + " and " + (ids.size() - LISTED_MODELS) + " more";
  }
}
