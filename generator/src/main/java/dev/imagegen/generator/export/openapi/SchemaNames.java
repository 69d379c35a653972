package dev.imagegen.generator.export.openapi;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;

/** Names of the document's component schemas, and references to them; provider-qualified, so never shared by accident. */
final class SchemaNames {

  private static final String PREFIX = "#/components/schemas/";

  private SchemaNames() {}

  /** {@code SegmindFluxSchnellRequest}. */
  static String request(ProviderSpec provider, ModelSpec model) {
    return JavaNames.typeName(provider.id()) + JavaNames.typeName(model.id()) + "Request";
  }

  /** {@code SegmindJobSubmitted}, {@code SegmindJobStatus}, {@code SegmindJobResult}. */
  static String job(ProviderSpec provider, String what) {
    return JavaNames.typeName(provider.id()) + "Job" + what;
  }

  static String ref(String schemaName) {
    return PREFIX + schemaName;
  }
}
