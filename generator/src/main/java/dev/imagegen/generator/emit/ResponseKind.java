package dev.imagegen.generator.emit;

import com.palantir.javapoet.ClassName;
import dev.imagegen.generator.spec.ModelSpec;

/** What a model's sync call answers with, which decides the service's return type and the runtime call. */
enum ResponseKind {
  /** Every response content type is {@code image/*} ({@link ModelSpec#answersWithImages()}): bytes, streamed. */
  IMAGE(RuntimeTypes.GENERATED_IMAGE, "generateImage"),
  /** Anything else, such as Qolaba's JSON. */
  JSON(RuntimeTypes.JSON_RESPONSE, "generateJson");

  private final ClassName resultType;
  private final String coreMethod;

  ResponseKind(ClassName resultType, String coreMethod) {
    this.resultType = resultType;
    this.coreMethod = coreMethod;
  }

  static ResponseKind of(ModelSpec model) {
    return model.answersWithImages() ? IMAGE : JSON;
  }

  /** The runtime type a sync call returns. */
  ClassName resultType() {
    return resultType;
  }

  /** The {@code ClientCore} method that performs the sync call. */
  String coreMethod() {
    return coreMethod;
  }
}
