package dev.imagegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.concurrent.CompletableFuture;

/**
 * The types generated code refers to: the hand-written runtime in {@code generated-client}, plus
 * Retrofit, OkHttp and Jackson. Named here rather than by class literal because the generator does
 * not depend on them.
 */
final class RuntimeTypes {

  private static final String CLIENT = GeneratedTypes.BASE_PACKAGE;
  private static final String INTERNAL = CLIENT + ".internal";
  private static final String VALIDATION = CLIENT + ".validation";
  private static final String RETROFIT_HTTP = "retrofit2.http";
  private static final String JACKSON_ANNOTATION = "com.fasterxml.jackson.annotation";

  static final ClassName MODEL_REQUEST = ClassName.get(CLIENT, "ModelRequest");
  static final ClassName WIRE_ENUM = ClassName.get(CLIENT, "WireEnum");
  static final ClassName IMAGE_INPUT = ClassName.get(CLIENT, "ImageInput");
  static final ClassName REQUEST_OPTIONS = ClassName.get(CLIENT, "RequestOptions");
  static final ClassName GENERATED_IMAGE = ClassName.get(CLIENT, "GeneratedImage");
  static final ClassName JSON_RESPONSE = ClassName.get(CLIENT, "JsonResponse");
  static final ClassName JOB = ClassName.get(CLIENT, "Job");
  /** {@code CompletableFuture<Job>}, what an asynchronous submit returns. */
  static final TypeName FUTURE_JOB = ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), JOB);
  static final ClassName INFERENCE_RESULT = ClassName.get(CLIENT, "InferenceResult");
  static final ClassName INFERENCE_FAILED_EXCEPTION = ClassName.get(CLIENT + ".error", "InferenceFailedException");
  static final ClassName INFERENCE_TIMEOUT_EXCEPTION = ClassName.get(CLIENT + ".error", "InferenceTimeoutException");
  static final ClassName JOB_STATUS_OUTCOME = ClassName.get(CLIENT, "JobStatus", "Outcome");
  static final ClassName CLIENT_OPTIONS = ClassName.get(CLIENT, "ClientOptions");
  static final ClassName CLIENT_OPTIONS_BUILDER = CLIENT_OPTIONS.nestedClass("Builder");

  static final ClassName CLIENT_CORE = ClassName.get(INTERNAL, "ClientCore");
  static final ClassName RUNTIME_ACCESS = ClassName.get(INTERNAL, "RuntimeAccess");
  static final ClassName PROVIDER_DESCRIPTOR = ClassName.get(INTERNAL, "ProviderDescriptor");
  static final ClassName V2_PROTOCOL = ClassName.get(INTERNAL, "V2Protocol");
  static final ClassName RESULT_FIELDS = ClassName.get(INTERNAL, "ResultFields");

  static final ClassName MODEL_RULES = ClassName.get(VALIDATION, "ModelRules");
  static final ClassName PARAMETER_RULE = ClassName.get(VALIDATION, "ParameterRule");
  static final ClassName PARAMETER_RULE_KIND = PARAMETER_RULE.nestedClass("Kind");
  static final ClassName PARAMETER_RULE_IMAGE_FORM = PARAMETER_RULE.nestedClass("ImageForm");
  static final ClassName VALIDATION_EXCEPTION = ClassName.get(VALIDATION, "ValidationException");
  static final ClassName REQUEST_VALIDATOR = ClassName.get(VALIDATION, "RequestValidator");
  static final ClassName DYNAMIC_REQUEST = ClassName.get(VALIDATION, "DynamicRequest");

  static final ClassName CALL = ClassName.get("retrofit2", "Call");
  static final ClassName POST = ClassName.get(RETROFIT_HTTP, "POST");
  static final ClassName GET = ClassName.get(RETROFIT_HTTP, "GET");
  static final ClassName BODY = ClassName.get(RETROFIT_HTTP, "Body");
  static final ClassName PATH = ClassName.get(RETROFIT_HTTP, "Path");
  static final ClassName STREAMING = ClassName.get(RETROFIT_HTTP, "Streaming");
  static final ClassName RESPONSE_BODY = ClassName.get("okhttp3", "ResponseBody");

  static final ClassName JSON_VALUE = ClassName.get(JACKSON_ANNOTATION, "JsonValue");

  private RuntimeTypes() {}
}
