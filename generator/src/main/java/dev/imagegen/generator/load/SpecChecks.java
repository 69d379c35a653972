package dev.imagegen.generator.load;

import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.CelerySpec;
import dev.imagegen.generator.spec.Flow;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.ResponseHeader;
import dev.imagegen.generator.spec.ResponseHeadersSpec;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.SpecLocation;
import dev.imagegen.generator.spec.StatusOutcome;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every check the loader runs beyond what the schema can say, from one file to the whole folder.
 *
 * <ul>
 *   <li><b>A provider file</b> ({@link #provider}): its id names its folder; its base URL can be called;
 *       its path templates hold the right placeholders and nothing a URL path cannot; each response header carries one fact; every
 *       status outcome is reachable; polling fits in the deadline; result metrics have an object to
 *       live in.
 *   <li><b>A model file</b> ({@link #model}): its id names its file and its provider its folder; its
 *       source is the URL of its documentation; its parameters have distinct Java names, repeat no fixed
 *       field, and each keeps its own constraints ({@link ParameterChecks}).
 *   <li><b>A provider with its models</b> ({@link #providerModels}): no more models than one client
 *       holds; an async block for a model with the async flow; one kind of sync answer for all sync
 *       models; fixed fields that tell apart models sharing a sync path.
 *   <li><b>The whole folder</b> ({@link #catalogue}): provider ids become distinct package names that
 *       the runtime does not own; model ids and class names are unique, so a model can be named
 *       without its provider.
 * </ul>
 *
 * Every name that becomes a Java name goes through one clash check, {@link JavaNameChecks}.
 */
final class SpecChecks {

  /** The runtime's own packages below {@code dev.imagegen.client}; generated code there would shadow its types. */
  static final Set<String> RUNTIME_PACKAGES = Set.of("error", "internal", "validation");

  private static final Set<String> WEB_SCHEMES = Set.of("http", "https");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
  /** What a URL path may hold as it is (RFC 3986: unreserved, sub-delims, ':', '@', '/'), and '%' of an escape. */
  private static final String PATH_CHARACTERS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/%";
  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
  private static final String MODEL_PLACEHOLDER = "{model}";

  private SpecChecks() {}

  // A provider file.

  static void provider(ProviderSpec provider, SpecFile file, ErrorCollector errors) {
    if (!provider.id().equals(file.folderName())) {
      errors.add(file.at("/id"), SpecValues.show(provider.id()) + " does not match the folder name " + file.folderName());
    }
    checkBaseUrl(provider.baseUrl(), file.at("/baseUrl"), errors);
    checkPath(provider.sync().path(), "model", false, file.at("/sync/path"), errors);
    provider.responseHeaders().ifPresent(headers -> checkResponseHeaders(headers, file.at("/responseHeaders"), errors));
    provider.async().ifPresent(async -> {
      SpecLocation at = file.at("/async");
      if (async instanceof SegmindV2Spec v2) {
        checkSegmindV2(v2, at, errors);
      } else if (async instanceof CelerySpec celery) {
        checkPath(celery.statusPath(), "task_id", true, at.child("statusPath"), errors);
      }
    });
  }

  /** A URL the client can call: it parses, names a host, and has no query or fragment for paths to follow. */
  private static void checkBaseUrl(String baseUrl, SpecLocation at, ErrorCollector errors) {
    url(baseUrl, at, errors)
        .filter(uri -> uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null)
        .ifPresent(uri -> errors.add(at, SpecValues.show(baseUrl) + " is not a base URL: it needs a host, and no query or fragment"));
  }

  /**
   * Reports in a path template such as {@code /v2/requests/{request_id}/status} a brace without its pair,
   * a character a URL path cannot hold as it is, a leading {@code //}, a {@code .} or {@code ..} segment, a
   * {@code %} that starts no escape, a placeholder other than {@code allowed}, and, when {@code required},
   * a template without {@code allowed}.
   */
  private static void checkPath(String template, String allowed, boolean required, SpecLocation at, ErrorCollector errors) {
    Set<String> found = new LinkedHashSet<>();
    Matcher matcher = PLACEHOLDER.matcher(template);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    String outside = PLACEHOLDER.matcher(template).replaceAll("");
    if (outside.contains("{") || outside.contains("}")) {
      errors.add(at, "has a { or } without its pair");
    }
    outside.codePoints().filter(c -> c != '{' && c != '}' && PATH_CHARACTERS.indexOf(c) < 0).findFirst()
        .ifPresent(c -> errors.add(at, SpecValues.show(new String(Character.toChars(c))) + " cannot stand in a path;"
            + " a path has no query, fragment or space, and other characters are percent-encoded"));
    if (template.startsWith("//")) {
      errors.add(at, "starts with //, which a URL reads as the start of a host name");
    }
    Arrays.stream(template.split("/")).filter(segment -> segment.equals(".") || segment.equals("..")).findFirst()
        .ifPresent(segment -> errors.add(at, "has the segment " + SpecValues.show(segment) + ", which a URL resolves away"));
    if (BAD_ESCAPE.matcher(outside).find()) {
      errors.add(at, "has a % that starts no escape; a % is followed by two hex digits, as in %20");
    }
    found.stream().filter(name -> !name.equals(allowed))
        .forEach(name -> errors.add(at, "{" + name + "} is not a placeholder of this path; it can only hold {" + allowed + "}"));
    if (required && !found.contains(allowed)) {
      errors.add(at, "must contain {" + allowed + "}");
    }
  }

  /** A header named twice, in any case (header names ignore case), is reported where it is named the second time. */
  private static void checkResponseHeaders(ResponseHeadersSpec headers, SpecLocation at, ErrorCollector errors) {
    Map<String, ResponseHeader> seen = new HashMap<>();
    headers.names().forEach((header, name) -> {
      ResponseHeader first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), header);
      if (first != null) {
        errors.add(at.child(header.specName()), SpecValues.show(name) + " names the same header as " + first.specName()
            + "; each header carries one fact, and header names ignore case");
      }
    });
  }

  private static void checkSegmindV2(SegmindV2Spec v2, SpecLocation at, ErrorCollector errors) {
    checkPath(v2.submitPath(), "model", false, at.child("submitPath"), errors);
    checkPath(v2.statusPath(), "request_id", true, at.child("statusPath"), errors);
    checkPath(v2.resultPath(), "request_id", true, at.child("resultPath"), errors);
    Arrays.stream(StatusOutcome.values())
        .filter(outcome -> !v2.statuses().containsValue(outcome))
        .forEach(outcome -> errors.add(at.child("statuses"), "no status has the outcome " + outcome.name().toLowerCase(Locale.ROOT)));
    if (v2.failedHttpStatus() == v2.notFoundHttpStatus()) {
      errors.add(at.child("notFoundHttpStatus"), v2.notFoundHttpStatus() + " is also the failedHttpStatus; the client"
          + " must tell a failed job from an unknown request id");
    }
    if (v2.pollInterval().compareTo(v2.deadline()) > 0) {
      errors.add(at.child("pollInterval"), "\"" + v2.pollInterval() + "\" is longer than the deadline \"" + v2.deadline() + "\"");
    }
    v2.result().ifPresent(result -> checkResult(result, at.child("result"), errors));
  }

  /** The client reads metrics only inside the metrics object, so metrics without one would never be read. */
  private static void checkResult(ResultFieldsSpec result, SpecLocation at, ErrorCollector errors) {
    if (!result.metrics().isEmpty() && result.metricsField().isEmpty()) {
      errors.add(at.child("metrics"), "needs metricsField, the field of the result that holds the metrics object");
    }
  }

  // A model file.

  static void model(ModelSpec model, SpecFile file, ErrorCollector errors) {
    if (!model.id().equals(file.baseName())) {
      errors.add(file.at("/id"), SpecValues.show(model.id()) + " does not match the file name " + file.path().getFileName());
    }
    if (!model.providerId().equals(file.folderName())) {
      errors.add(file.at("/provider"), SpecValues.show(model.providerId()) + " does not match the folder name " + file.folderName());
    }
    checkSource(model.source(), file.at("/source"), errors);
    JavaNameChecks names = JavaNameChecks.atLaterNames(JavaNames::memberName, "Java name", errors);
    for (ParameterSpec parameter : model.parameters()) {
      String shown = "parameter " + SpecValues.show(parameter.name());
      names.add(parameter.name(), shown, shown, parameter.location());
      if (model.fixedFields().containsKey(parameter.name())) {
        errors.add(parameter.location(), shown + " is also sent as a fixed field (/fixedFields/" + parameter.name() + ")");
      }
      ParameterChecks.check(parameter, errors);
    }
    names.report();
  }

  /** The generated Javadoc links the source for users, so it must be a web page: an http(s) URL with a host. */
  private static void checkSource(String source, SpecLocation at, ErrorCollector errors) {
    url(source, at, errors)
        .filter(uri -> uri.getScheme() == null || !WEB_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
            || uri.getHost() == null)
        .ifPresent(uri -> errors.add(at, SpecValues.show(source)
            + " is not an absolute http(s) URL; the source names the model's public documentation page"));
  }

  /** {@code text} as a URI, or empty once its syntax error is reported at {@code at}. */
  private static Optional<URI> url(String text, SpecLocation at, ErrorCollector errors) {
    try {
      return Optional.of(new URI(text));
    } catch (URISyntaxException e) {
      errors.add(at, SpecValues.show(text) + " is not a URL: " + e.getReason() + " at index " + e.getIndex());
      return Optional.empty();
    }
  }

  // A provider with its models.

  /**
   * {@code models} in file order. The client's {@code generate(modelId, params)} has one return type,
   * so the sync models answer alike; when the sync path has no {@code {model}}, fixed fields tell the
   * models apart (Qolaba's {@code app_id}).
   */
  static void providerModels(ProviderSpec provider, List<ModelSpec> models, ErrorCollector errors) {
    if (models.size() > SpecLimits.MODELS_PER_PROVIDER) {
      errors.add(provider.location(), "the provider has " + models.size() + " models; at most " + SpecLimits.MODELS_PER_PROVIDER
          + " fit in one generated client, so split them into two providers");
    }
    List<ModelSpec> syncModels = new ArrayList<>();
    for (ModelSpec model : models) {
      if (model.supports(Flow.ASYNC) && provider.async().isEmpty()) {
        errors.add(model.location().child("flows"), "\"async\" needs an async block in " + provider.location().file());
      }
      if (model.supports(Flow.SYNC)) {
        checkSharedPath(provider, model, syncModels, errors);
        syncModels.add(model);
      }
    }
    checkSyncAnswers(syncModels, errors);
  }

  /**
   * The sync models answer alike. Those answering unlike most of the others are reported (on a tie,
   * those unlike the first), so that a model just added is blamed rather than the ones already there.
   */
  private static void checkSyncAnswers(List<ModelSpec> syncModels, ErrorCollector errors) {
    if (syncModels.isEmpty()) {
      return;
    }
    long withImages = syncModels.stream().filter(ModelSpec::answersWithImages).count();
    long withJson = syncModels.size() - withImages;
    boolean imagesRule = withImages != withJson ? withImages > withJson : syncModels.get(0).answersWithImages();
    ModelSpec example = syncModels.stream().filter(model -> model.answersWithImages() == imagesRule).findFirst().orElseThrow();
    syncModels.stream().filter(model -> model.answersWithImages() != imagesRule).forEach(model ->
        errors.add(model.location().child("responseContentTypes"), "the sync call answers with " + answer(model)
            + ", but " + SpecValues.show(example.id()) + " answers with " + answer(example)
            + "; the sync models of one provider answer alike, since generate(modelId, params) has one return type"));
  }

  private static String answer(ModelSpec model) {
    return model.answersWithImages() ? "images" : "JSON";
  }

  private static void checkSharedPath(ProviderSpec provider, ModelSpec model, List<ModelSpec> earlier, ErrorCollector errors) {
    String path = provider.sync().path();
    if (path.contains(MODEL_PLACEHOLDER)) {
      return;
    }
    earlier.stream().filter(other -> other.fixedFields().equals(model.fixedFields())).findFirst()
        .ifPresent(other -> errors.add(model.location().child("fixedFields"), "shares the sync path " + path
            + " with " + SpecValues.show(other.id()) + " and has the same fixed fields, so the server cannot tell them"
            + " apart; give each model a fixed field such as an app id"));
  }

  // The whole folder.

  /**
   * {@code providers} in folder order, {@code models} in file order. Provider ids {@code a-b} and
   * {@code a.b} would share the package {@code ab}, where their clients would overwrite each other: the
   * clash is reported at the later provider files. A clash of model ids or class names is reported at
   * every file, since any may be the one just added.
   */
  static void catalogue(List<ProviderSpec> providers, List<ModelSpec> models, ErrorCollector errors) {
    JavaNameChecks packages = JavaNameChecks.atLaterNames(JavaNames::packageSegment, "package name", errors);
    RUNTIME_PACKAGES.forEach(name -> packages.reserve(name, "which the client runtime owns (dev.imagegen.client." + name + ")"));
    for (ProviderSpec provider : providers) {
      String shown = SpecValues.show(provider.id());
      packages.add(provider.id(), shown, shown + " in " + provider.location().file(), provider.location().child("id"));
    }
    packages.report();
    Map<String, List<ModelSpec>> byId = new LinkedHashMap<>();
    models.forEach(model -> byId.computeIfAbsent(model.id(), id -> new ArrayList<>()).add(model));
    JavaNameChecks typeNames = JavaNameChecks.atEveryName(JavaNames::typeName, "Java name", errors);
    byId.forEach((id, sameId) -> {
      ModelSpec first = sameId.get(0);
      String shown = SpecValues.show(id);
      // One of a shared id takes part in the class-name check: the others would repeat its clashes.
      typeNames.add(id, shown, shown + " in " + first.location().file(), first.location().child("id"));
      for (ModelSpec model : sameId.size() > 1 ? sameId : List.<ModelSpec>of()) {
        List<String> others = sameId.stream().filter(other -> other != model).map(other -> other.location().file()).toList();
        errors.add(model.location().child("id"), "model id " + shown + " is also used by " + SpecValues.listed(others));
      }
    });
    typeNames.report();
  }
}
