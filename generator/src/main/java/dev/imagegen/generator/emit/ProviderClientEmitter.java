package dev.imagegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import javax.lang.model.element.Modifier;

/**
 * Emits a provider's client, such as {@code SegmindClient}: its private {@code PROVIDER} descriptor,
 * {@code fromEnv()}, {@code builder()}, {@code options()}, one service accessor per model (each service is made on
 * first use, so a client of a thousand models starts as fast as one of three), and the dynamic
 * {@code generate(modelId, params)} (plus {@code submit} on a v2 provider) that validates a map by
 * the catalog's rules before any call.
 */
final class ProviderClientEmitter {

  /** The client's {@code ClientCore}, which makes each service on first use. */
  private static final String CORE = "core";

  private ProviderClientEmitter() {}

  static JavaFile emit(ProviderLayout layout) {
    ProviderSpec provider = layout.spec();
    ClassName type = GeneratedTypes.client(provider);
    TypeSpec.Builder client = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc(classDoc(layout, type))
        .addField(FieldSpec.builder(RuntimeTypes.PROVIDER_DESCRIPTOR, "PROVIDER",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("What the runtime knows of $L, from its provider spec.", JavadocText.escape(provider.title()))
            .initializer(ProviderDescriptorCode.of(provider))
            .build());
    client.addField(RuntimeTypes.CLIENT_CORE, CORE, Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("A client with {@code options}; made by {@link #builder()} and {@link #fromEnv()}.")
            .addModifiers(Modifier.PRIVATE)
            .addParameter(RuntimeTypes.CLIENT_OPTIONS, "options")
            .addStatement("this.$N = new $T(options)", CORE, RuntimeTypes.CLIENT_CORE)
            .build())
        .addMethod(MethodSpec.methodBuilder("fromEnv")
            .addJavadoc("A client whose API key is read from {@code $L}$L.", provider.auth().env(),
                provider.baseUrlEnv().map(env -> " and whose base URL from {@code " + env + "} when set").orElse(""))
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(type)
            .addStatement("return builder().fromEnv().build()")
            .build())
        .addMethod(MethodSpec.methodBuilder("builder")
            .addJavadoc("A builder of the client's options: API key, base URL, HTTP client, timeouts.")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ParameterizedTypeName.get(RuntimeTypes.CLIENT_OPTIONS_BUILDER, type))
            .addStatement("return $T.builder(PROVIDER, $T::new)", RuntimeTypes.RUNTIME_ACCESS, type)
            .build())
        .addMethod(MethodSpec.methodBuilder("options")
            .addJavadoc("The options this client was built with, such as its base URL; their {@code toString()} leaves"
                + " out the API key.")
            .addModifiers(Modifier.PUBLIC)
            .returns(RuntimeTypes.CLIENT_OPTIONS)
            .addStatement("return $N.options()", CORE)
            .build());
    provider.models().forEach(model -> client.addMethod(MethodSpec.methodBuilder(layout.accessor(model))
        .addJavadoc("The calls of {@code $L}: $L.", model.id(), JavadocText.escape(model.title()))
        .addModifiers(Modifier.PUBLIC)
        .returns(GeneratedTypes.service(model))
        .addStatement("return $N.service($T.class, $T::new)", CORE, GeneratedTypes.service(model),
            GeneratedTypes.service(model))
        .build()));
    DynamicCalls.add(client, layout);
    return GeneratedFiles.of(type, client.build(), provider.location());
  }

  private static CodeBlock classDoc(ProviderLayout layout, ClassName type) {
    ProviderSpec provider = layout.spec();
    String variable = UsageExamples.clientVariable(provider.id());
    CodeBlock.Builder doc = CodeBlock.builder()
        .add("The client of $L: one service per model, plus calls by model id that take a map of parameters.\n",
            JavadocText.escape(provider.title()));
    provider.models().stream().findFirst().ifPresent(model -> doc
        .add("\n<pre>{@code\n$L $L = $L.fromEnv(); // reads $L\n", type.simpleName(), variable, type.simpleName(),
            provider.auth().env())
        .add("$L$L}</pre>\n", UsageExamples.request(layout.request(model)), UsageExamples.call(layout, model)));
    return doc.build();
  }
}
