package dev.imagegen.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import javax.lang.model.element.Modifier;

/**
 * Emits the Retrofit interface of a model, such as {@code FluxSchnellApi}: the sync call
 * ({@code @Streaming} when it answers with an image), plus v2 submit, status and result on a v2
 * provider. Every method returns the raw {@code Call<ResponseBody>}; the runtime maps statuses. The
 * interface is package-private: users call the model's service, and Retrofit's types stay out of the
 * public API.
 */
final class ApiInterfaceEmitter {

  private static final TypeName RAW_CALL = ParameterizedTypeName.get(RuntimeTypes.CALL, RuntimeTypes.RESPONSE_BODY);

  private ApiInterfaceEmitter() {}

  static JavaFile emit(ProviderSpec provider, ModelSpec model) {
    ClassName type = GeneratedTypes.api(model);
    TypeSpec.Builder api = TypeSpec.interfaceBuilder(type)
        .addJavadoc("The HTTP calls of the $L model {@code $L}, for Retrofit; paths are relative to the base URL.\n",
            JavadocText.escape(provider.title()), model.id())
        .addJavadoc("{@link $T} makes them, with auth, error mapping and retries.\n", GeneratedTypes.service(model));
    if (ModelFlows.hasSync(model)) {
      api.addMethod(generate(provider, model));
    }
    ModelFlows.v2(provider, model).ifPresent(v2 -> api
        .addMethod(submit(v2, model))
        .addMethod(byRequestId("status", "The status of a submitted request.", v2.statusPath()))
        .addMethod(byRequestId("result", "The result of a submitted request.", v2.resultPath())));
    return GeneratedFiles.of(type, api.build(), model.location());
  }

  private static MethodSpec generate(ProviderSpec provider, ModelSpec model) {
    MethodSpec.Builder method = call("generate", RuntimeTypes.POST, RetrofitPaths.forModel(provider.sync().path(), model.id()));
    if (ResponseKind.of(model) == ResponseKind.IMAGE) {
      // Image bytes are streamed to the caller rather than held in memory.
      method.addAnnotation(RuntimeTypes.STREAMING);
    }
    return method.addJavadoc("The sync call: one request that returns the output.")
        .addParameter(body())
        .build();
  }

  private static MethodSpec submit(SegmindV2Spec v2, ModelSpec model) {
    return call("submit", RuntimeTypes.POST, RetrofitPaths.forModel(v2.submitPath(), model.id()))
        .addJavadoc("Queues the request; the response carries its request id.")
        .addParameter(body())
        .build();
  }

  private static MethodSpec byRequestId(String name, String doc, String template) {
    String placeholder = RetrofitPaths.placeholder(template);
    return call(name, RuntimeTypes.GET, RetrofitPaths.relative(template))
        .addJavadoc(doc)
        .addParameter(ParameterSpec.builder(String.class, JavaNames.memberName(placeholder))
            .addAnnotation(AnnotationSpec.builder(RuntimeTypes.PATH).addMember("value", "$L", SpecLiterals.string(placeholder)).build())
            .build())
        .build();
  }

  private static MethodSpec.Builder call(String name, ClassName httpMethod, String path) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
        .addAnnotation(AnnotationSpec.builder(httpMethod).addMember("value", "$L", SpecLiterals.string(path)).build())
        .returns(RAW_CALL);
  }

  private static ParameterSpec body() {
    return ParameterSpec.builder(RuntimeTypes.MODEL_REQUEST, "body").addAnnotation(RuntimeTypes.BODY).build();
  }
}
