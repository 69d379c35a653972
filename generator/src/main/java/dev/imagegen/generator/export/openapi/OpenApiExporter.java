package dev.imagegen.generator.export.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.JsonText;
import dev.imagegen.generator.export.RequestBodySchema;
import dev.imagegen.generator.export.SyncEndpoint;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.SpecSet;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One OpenAPI 3.0 document of every provider and model in a spec set: the sync call of each model,
 * Segmind's v2 submit, status and result, each provider's server and security scheme, and every
 * constraint of every parameter (the request schemas are {@link RequestBodySchema}'s). A spec's notes are
 * for maintainers and stay out. Pure: no I/O.
 *
 * <pre>{@code
 * String json = OpenApiExporter.render(specs, "0.1.0");
 * Files.writeString(Path.of("openapi.json"), json);
 * }</pre>
 *
 * <p>OpenAPI 3.0.3 rather than 3.1: more tools read it, and parsers check every schema keyword
 * against it. The only keyword of the derived schemas it lacks is {@code const}, written as a
 * one-value {@code enum}.
 */
public final class OpenApiExporter {

  public static final String OPENAPI_VERSION = "3.0.3";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private OpenApiExporter() {}

  /**
   * The document as JSON text, the same bytes for the same specs.
   *
   * @param documentVersion the document's {@code info.version}, such as the client's version
   * @throws ExportException when two providers serve the same path, or two models get the same schema name
   */
  public static String render(SpecSet specs, String documentVersion) throws ExportException {
    return JsonText.write(document(specs, documentVersion));
  }

  /** The document as a tree; see {@link #render}. */
  public static ObjectNode document(SpecSet specs, String documentVersion) throws ExportException {
    ObjectNode document = NODES.objectNode();
    document.put("openapi", OPENAPI_VERSION);
    document.set("info", info(specs, documentVersion));
    ArrayNode servers = document.putArray("servers");
    ArrayNode tags = document.putArray("tags");
    ObjectNode schemas = NODES.objectNode();
    ObjectNode securitySchemes = NODES.objectNode();
    // Provider and model names are joined, so "ab" + "c-d" and "ab-c" + "d" both give AbCDRequest.
    Map<String, String> schemaOwners = new HashMap<>();
    for (ProviderSpec provider : specs.providers()) {
      servers.add(Servers.of(provider));
      tags.addObject().put("name", provider.title()).put("description", "The models served by " + provider.title() + ".");
      securitySchemes.set(SecuritySchemes.name(provider), SecuritySchemes.of(provider));
      for (ModelSpec model : provider.models()) {
        String name = SchemaNames.request(provider, model);
        String owner = schemaOwners.putIfAbsent(name, provider.id() + "/" + model.id());
        if (owner != null) {
          throw new ExportException("OpenAPI export: models " + owner + " and " + provider.id() + "/" + model.id()
              + " both get the schema name " + name + "; rename one of them");
        }
        schemas.set(name, openApi30Schema(RequestBodySchema.of(model)));
      }
    }
    PathItems paths = new PathItems();
    for (SyncEndpoint endpoint : SyncEndpoint.of(specs)) {
      SyncOperations.add(endpoint, paths);
    }
    for (ProviderSpec provider : specs.providers()) {
      if (provider.async().orElse(null) instanceof SegmindV2Spec v2) {
        SegmindV2Operations.add(provider, v2, paths, schemas);
      }
    }
    document.set("paths", paths.tree());
    ObjectNode components = document.putObject("components");
    components.set("schemas", schemas);
    components.set("securitySchemes", securitySchemes);
    return document;
  }

  /**
   * A derived JSON Schema (2020-12) as an OpenAPI 3.0 Schema Object, which is a subset of an older
   * draft: {@code $schema} goes, and {@code const} becomes a one-value {@code enum}. Every other keyword
   * the derivation uses means the same in both.
   */
  private static ObjectNode openApi30Schema(ObjectNode jsonSchema) {
    ObjectNode schema = jsonSchema.deepCopy();
    schema.remove("$schema");
    schema.path("properties").forEach(property -> {
      JsonNode constant = ((ObjectNode) property).remove("const");
      if (constant != null) {
        ((ObjectNode) property).putArray("enum").add(constant);
      }
    });
    return schema;
  }

  private static ObjectNode info(SpecSet specs, String documentVersion) {
    ObjectNode info = NODES.objectNode();
    info.put("title", "Image generation APIs");
    String providers = specs.providers().stream().map(ProviderSpec::title).collect(Collectors.joining(", "));
    info.put("description", "Every model of " + providers + " that the imagegen specs describe, with every"
        + " parameter constraint. Exported from the specs, which stay the source of truth.");
    info.put("version", documentVersion);
    return info;
  }
}
