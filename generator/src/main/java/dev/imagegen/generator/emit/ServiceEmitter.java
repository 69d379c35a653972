package dev.imagegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Emits the service of a model on its provider's client, such as {@code FluxSchnellService}:
 * {@code generate(request[, options])} for the sync call and, on a v2 provider,
 * {@code submit(request[, options])} returning a job, {@code submitAsync(request[, options])} returning
 * it without a thread waiting for the POST, plus {@code job(requestId)} to resume one. Each has a
 * package-private overload taking the parameters as a map, which the client's calls by model id use.
 * The runtime validates and sends.
 */
final class ServiceEmitter {

  private ServiceEmitter() {}

  static JavaFile emit(ProviderLayout layout, RequestLayout requestLayout) {
    ProviderSpec provider = layout.spec();
    ModelSpec model = requestLayout.model();
    ClassName type = GeneratedTypes.service(model);
    ClassName api = GeneratedTypes.api(model);
    ClassName request = requestLayout.requestType();

    TypeSpec.Builder service = TypeSpec.classBuilder(type)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Calls the $L model {@code $L}: $L.\n\n", JavadocText.escape(provider.title()), model.id(),
            JavadocText.escape(model.title()))
        .addJavadoc("<p>Get it from {@link $T}; every call validates the request before any HTTP call:\n\n",
            GeneratedTypes.client(provider))
        .addJavadoc("<pre>{@code\n$L$L}</pre>\n\n",
            UsageExamples.request(requestLayout), UsageExamples.call(layout, model))
        .addJavadoc("$L", JavadocText.sourceLink(provider, model))
        .addField(RuntimeTypes.CLIENT_CORE, "core", Modifier.PRIVATE, Modifier.FINAL)
        .addField(api, "api", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(RuntimeTypes.CLIENT_CORE, "core")
            .addStatement("this.core = core")
            .addStatement("this.api = core.create($T.class)", api)
            .build());
    if (ModelFlows.hasSync(model)) {
      ResponseKind kind = ResponseKind.of(model);
      addCall(service, request, new Call("generate", kind.resultType(),
          sent -> CodeBlock.of("core.$L($L, api::generate, options)", kind.coreMethod(), sent),
          "Sends {@code request} and returns the output; the POST is never retried."));
    }
    if (ModelFlows.v2(provider, model).isPresent()) {
      addCall(service, request, new Call("submit", RuntimeTypes.JOB,
          sent -> CodeBlock.of("core.submit($L, api::submit, api::status, api::result, options)", sent),
          "Queues {@code request} and returns its job at once; the POST is never retried."));
      addCall(service, request, new Call("submitAsync", RuntimeTypes.FUTURE_JOB,
          sent -> CodeBlock.of("core.submitAsync($L, api::submit, api::status, api::result, options)", sent),
          "Queues {@code request} like {@link #submit($T)}, without a thread waiting for the POST: the future"
              + " completes with the job, or with the exception {@code submit} would throw. " + DynamicCalls.ASYNC_THREADS,
          request));
      service.addMethod(MethodSpec.methodBuilder("job")
          .addJavadoc("The job of a request id obtained earlier, such as from an {@code InferenceTimeoutException},"
              + " to poll or await again.")
          .addModifiers(Modifier.PUBLIC)
          .returns(RuntimeTypes.JOB)
          .addParameter(String.class, "requestId")
          .addStatement("return core.job(requestId, api::status, api::result, $T.defaults())", RuntimeTypes.REQUEST_OPTIONS)
          .build());
    }
    return GeneratedFiles.of(type, service.build(), model.location());
  }

  /**
   * One call of the service: its name, what it returns, how the runtime performs it (given the
   * expression of the request to send), and its Javadoc.
   */
  private record Call(String name, TypeName returns, Function<CodeBlock, CodeBlock> body, CodeBlock doc) {

    Call(String name, TypeName returns, Function<CodeBlock, CodeBlock> body, String docFormat, Object... docArgs) {
      this(name, returns, body, CodeBlock.of(docFormat, docArgs));
    }
  }

  /**
   * The public typed pair of {@code call} (without and with options), plus the package-private
   * overload that the client's calls by model id use: it takes the parameters as a map and checks
   * them by the model's rules.
   */
  private static void addCall(TypeSpec.Builder service, ClassName request, Call call) {
    service
        .addMethod(MethodSpec.methodBuilder(call.name())
            .addJavadoc(call.doc())
            .addModifiers(Modifier.PUBLIC)
            .returns(call.returns())
            .addParameter(request, "request")
            .addStatement("return $N(request, $T.defaults())", call.name(), RuntimeTypes.REQUEST_OPTIONS)
            .build())
        .addMethod(MethodSpec.methodBuilder(call.name())
            .addJavadoc(call.doc())
            .addJavadoc(JavadocText.OPTIONS_PARAGRAPH)
            .addModifiers(Modifier.PUBLIC)
            .returns(call.returns())
            .addParameter(request, "request")
            .addParameter(RuntimeTypes.REQUEST_OPTIONS, "options")
            .addStatement("return $L", call.body().apply(CodeBlock.of("request")))
            .build())
        .addMethod(MethodSpec.methodBuilder(call.name())
            .addJavadoc("The parameters of this model as a map, checked by {@link $T#$N} before anything is sent.",
                request, RequestTypeEmitter.RULES)
            .returns(call.returns())
            .addParameter(DynamicCalls.PARAMS, "params")
            .addParameter(RuntimeTypes.REQUEST_OPTIONS, "options")
            .addStatement("return $L", call.body().apply(CodeBlock.of("$T.of($T.$N, params)",
                RuntimeTypes.DYNAMIC_REQUEST, request, RequestTypeEmitter.RULES)))
            .build());
  }
}
