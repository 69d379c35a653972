package dev.imagegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.load.SpecLoader;
import dev.imagegen.generator.testing.SpecFolderCopies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the code generated for the fixture and real specs does once compiled with the runtime:
 * enums that hold their wire values; request types that are immutable values
 * whose builders validate and whose wire maps hold only what was set; calls by model id that refuse
 * an unknown model and check the map before any HTTP call; a provider descriptor that names the
 * response headers and result fields its spec declares, and no others; and types whose names shadow the ones
 * generated code uses, from the unusual specs. Called by reflection, since the classes exist only once
 * the test has generated and compiled them.
 */
class GeneratedBehaviourTest {

  private static final String PACKAGE = "dev.imagegen.client.acmelabs.";
  private static final String UNUSUAL = "dev.imagegen.client.javalang.";
  /** The acme-labs fixture plus twelve copies of tiny-diffusion, in a package of its own. */
  private static final String CROWDED = "dev.imagegen.client.crowded.";

  @TempDir static Path classes;
  private static URLClassLoader loader;

  @BeforeAll
  static void compileFixtures(@TempDir Path specs) throws Exception {
    List<JavaFile> files = new ArrayList<>(ClientEmitter.emit(TestSpecs.fixtures()));
    files.addAll(ClientEmitter.emit(TestSpecs.real()));
    files.addAll(ClientEmitter.emit(TestSpecs.unusual()));
    files.addAll(ClientEmitter.emit(SpecLoader.load(crowdedAcmeLabs(specs))));
    InProcessCompiler.Result result = InProcessCompiler.compile(files, classes);
    assertThat(result.ofKind(Diagnostic.Kind.ERROR)).as(result.describe()).isEmpty();
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedBehaviourTest.class.getClassLoader());
  }

  @AfterAll
  static void closeLoader() throws Exception {
    loader.close();
  }

  @Test
  void enumsHoldTheirWireValuesAndNothingElse() throws Exception {
    Class<?> sampler = type("TinyDiffusionRequest$Class");
    assertThat(sampler.getEnumConstants()).extracting(Object::toString).containsExactly("EULER_A", "DPM2_A_KARRAS", "DPMPP_2M");
    assertThat(call(constant(sampler, "EULER_A"), "wireValue")).isEqualTo("Euler a");
    assertThat(call(constant(sampler, "DPM2_A_KARRAS"), "wireValue")).isEqualTo("DPM2 a Karras");
    Class<?> size = type("TinyDiffusionRequest$Size");
    assertThat(size.getEnumConstants()).extracting(Object::toString).containsExactly("_512", "_768");
    assertThat(call(constant(size, "_768"), "wireValue")).isEqualTo(768L);
    assertThat(Arrays.stream(sampler.getMethods()).map(Method::getName)).doesNotContain("fromWire");
  }

  @Test
  void builtRequestSendsOnlyWhatWasSetInSpecOrder() throws Exception {
    Object request = validRequest();
    assertThat(wireMap(request)).containsExactly(
        Map.entry("prompt", "a cat"),
        Map.entry("class", constant(type("TinyDiffusionRequest$Class"), "EULER_A")),
        Map.entry("default", 7.0),
        Map.entry("width", 1024L));
    assertThat(request).hasToString("TinyDiffusionRequest{prompt=a cat, class=EULER_A, default=7.0, width=1024}");
    assertThat(call(request, "prompt")).isEqualTo("a cat");
    assertThat(call(request, "width")).isEqualTo(Optional.of(1024L));
    assertThat(call(request, "seed")).isEqualTo(Optional.empty());
  }

  @Test
  void requestIsAValueThatToBuilderCopies() throws Exception {
    Object request = validRequest();
    assertThat(validRequest()).isEqualTo(request).hasSameHashCodeAs(request);
    assertThat(call(call(request, "toBuilder"), "build")).isEqualTo(request);
    Object changed = call(call(call(request, "toBuilder"), "width", 512L), "build");
    assertThat(changed).isNotEqualTo(request);
    assertThat(call(changed, "width")).isEqualTo(Optional.of(512L));
    assertThat(call(request, "width")).isEqualTo(Optional.of(1024L));
  }

  @Test
  void aClearedParameterIsLeftOutAsIfItHadNeverBeenSet() throws Exception {
    Object request = validRequest();
    Object cleared = call(call(call(request, "toBuilder"), "clearWidth"), "build");

    assertThat(call(cleared, "width")).isEqualTo(Optional.empty());
    assertThat(wireMap(cleared)).doesNotContainKey("width").hasSize(wireMap(request).size() - 1);
    Object neverSet = call(call(call(call(call(type("TinyDiffusionRequest"), "builder"), "prompt", "a cat"),
        "class_", constant(type("TinyDiffusionRequest$Class"), "EULER_A")), "default_", 7.0), "build");
    assertThat(cleared).isEqualTo(neverSet).hasSameHashCodeAs(neverSet);
    assertThat(call(request, "width")).isEqualTo(Optional.of(1024L));
  }

  @Test
  void onlyOptionalParametersCanBeCleared() throws Exception {
    Set<String> clears = Arrays.stream(type("TinyDiffusionRequest$Builder").getMethods())
        .map(Method::getName)
        .filter(name -> name.startsWith("clear"))
        .collect(Collectors.toSet());
    assertThat(clears).contains("clearWidth", "clearSeed").doesNotContain("clearPrompt");
  }

  @Test
  void fixedFieldsComeFirstInTheWireMap() throws Exception {
    Object builder = call(loadClass("dev.imagegen.client.bolt.BoltCannyRequest"), "builder");
    Object image = call(loadClass("dev.imagegen.client.ImageInput"), "fromUrl", "https://example.com/a.png");
    Object request = call(call(builder, "image", image), "build");
    assertThat(wireMap(request)).containsExactly(
        Map.entry("app_id", "ap-fixture"), Map.entry("image", image));
  }

  @Test
  void buildListsEveryViolation() throws Exception {
    Object builder = call(call(call(type("TinyDiffusionRequest"), "builder"), "width", 9L), "default_", 30.0);
    assertThatThrownBy(() -> call(builder, "build"))
        .isInstanceOf(loadClass("dev.imagegen.client.validation.ValidationException"))
        .hasMessage(String.join("\n",
            "Invalid tiny-diffusion request: 5 violations",
            "  /prompt: is required",
            "  /class: is required",
            "  /default: 30 is above maximum 25",
            "  /width: 9 is below minimum 512",
            "  /width: 9 is not a multiple of 8"));
  }

  @Test
  void callsByModelIdRefuseAnUnknownModelListingTheKnownOnes() throws Exception {
    Object acme = client("dev.imagegen.client.acmelabs.AcmeLabsClient");
    assertThatThrownBy(() -> call(acme, "generate", "nope", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown acme-labs model 'nope'; known models: 2x-upscale, tiny-diffusion");
    assertThatThrownBy(() -> call(acme, "submit", "2x-upscale", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown acme-labs model '2x-upscale'; known models: tiny-diffusion");
  }

  @Test
  void theUnknownModelMessageListsTenModelsThenHowManyMore() throws Exception {
    Object crowded = client(CROWDED + "CrowdedClient");
    assertThatThrownBy(() -> call(crowded, "generate", "nope", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown crowded model 'nope'; known models: 2x-upscale, copy-00, copy-01, copy-02, copy-03,"
            + " copy-04, copy-05, copy-06, copy-07, copy-08 and 4 more");
  }

  @Test
  void callsByModelIdReachEveryModelOfALargeProvider() throws Exception {
    // The base URL has no server: each call is routed to its model's rules and refused by them.
    Object crowded = client(CROWDED + "CrowdedClient");
    for (String id : List.of("copy-00", "copy-05", "copy-11", "tiny-diffusion")) {
      assertThatThrownBy(() -> call(crowded, "submit", id, Map.of("prompt", "a cat")))
          .isInstanceOf(loadClass("dev.imagegen.client.validation.ValidationException"))
          .hasMessage("Invalid " + id + " request: 1 violation\n  /class: is required");
    }
  }

  @Test
  void aClientLoadsTheClassesOfAModelOnlyWhenThatModelIsUsed() throws Throwable {
    // Method handles, not reflection: Class.getMethod would load the types of every public method.
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    try (RecordingLoader recording = new RecordingLoader(classes)) {
      Class<?> clientType = Class.forName(CROWDED + "CrowdedClient", true, recording);
      Class<?> optionsBuilder = Class.forName("dev.imagegen.client.ClientOptions$Builder", true, recording);
      Object builder = lookup.findStatic(clientType, "builder", MethodType.methodType(optionsBuilder)).invoke();
      lookup.findVirtual(optionsBuilder, "apiKey", MethodType.methodType(optionsBuilder, String.class)).invoke(builder, "k");
      Object crowded = lookup.findVirtual(optionsBuilder, "build", MethodType.methodType(Object.class)).invoke(builder);
      assertThat(recording.loadedIn(CROWDED)).containsExactly(CROWDED + "CrowdedClient");

      Class<?> service = Class.forName(CROWDED + "Copy05Service", false, recording);
      lookup.findVirtual(clientType, "copy05", MethodType.methodType(service)).invoke(crowded);
      assertThat(recording.loadedIn(CROWDED))
          .containsExactly(CROWDED + "Copy05Api", CROWDED + "Copy05Service", CROWDED + "CrowdedClient");
    }
  }

  /** Loads the compiled classes itself, and remembers which. */
  private static final class RecordingLoader extends URLClassLoader {
    private final Set<String> loaded = ConcurrentHashMap.newKeySet();

    RecordingLoader(Path classes) throws Exception {
      super(new URL[] {classes.toUri().toURL()}, GeneratedBehaviourTest.class.getClassLoader());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      loaded.add(name);
      return super.findClass(name);
    }

    /** The top-level classes loaded from {@code packagePrefix}, sorted. */
    List<String> loadedIn(String packagePrefix) {
      return loaded.stream().filter(name -> name.startsWith(packagePrefix) && !name.contains("$")).sorted().toList();
    }
  }

  @Test
  void theCatalogFindsEachModelsOwnRulesAndNothingElse() throws Exception {
    Class<?> catalog = loadClass(CROWDED + "CrowdedCatalog");
    List<?> all = (List<?>) call(catalog, "all");
    assertThat(all).extracting(rules -> call(rules, "modelId")).containsExactly("2x-upscale", "copy-00", "copy-01",
        "copy-02", "copy-03", "copy-04", "copy-05", "copy-06", "copy-07", "copy-08", "copy-09", "copy-10", "copy-11",
        "tiny-diffusion");
    for (Object rules : all) {
      assertThat(call(catalog, "rules", call(rules, "modelId"))).isEqualTo(Optional.of(rules));
    }
    assertThat(call(catalog, "rules", "copy-12")).isEqualTo(Optional.empty());
    assertThat(call(catalog, "rules", "")).isEqualTo(Optional.empty());
    assertThat(call(catalog, "rules", "zzz")).isEqualTo(Optional.empty());
    assertThat(call(catalog, "rules", "copy-05"))
        .isEqualTo(Optional.of(loadClass(CROWDED + "Copy05Request").getField("RULES").get(null)));
  }

  @Test
  void callsByModelIdValidateTheMapBeforeAnyHttpCall() throws Exception {
    // The base URL has no server: only a check before sending can answer with a ValidationException.
    Object acme = client("dev.imagegen.client.acmelabs.AcmeLabsClient");
    assertThatThrownBy(() -> call(acme, "submit", "tiny-diffusion", Map.of("prompt", "a cat", "width", 9L)))
        .isInstanceOf(loadClass("dev.imagegen.client.validation.ValidationException"))
        .hasMessage(String.join("\n",
            "Invalid tiny-diffusion request: 3 violations",
            "  /class: is required",
            "  /width: 9 is below minimum 512",
            "  /width: 9 is not a multiple of 8"));
  }

  @Test
  void theProviderDescriptorNamesTheDeclaredHeadersAndResultFieldsOnly() throws Exception {
    Field descriptor = type("AcmeLabsClient").getDeclaredField("PROVIDER");
    descriptor.setAccessible(true);
    Object provider = descriptor.get(null);
    assertThat(callEach(provider, "requestIdHeader", "costHeader", "creditsHeader", "generationTimeHeader", "seedHeader"))
        .containsExactly(Optional.of("x-request-id"), Optional.empty(), Optional.of("x-remaining-credits"), Optional.empty(),
            Optional.of("x-seed"));
    Object fields = call(((Optional<?>) call(provider, "v2")).orElseThrow(), "resultFields");
    assertThat(call(fields, "output")).isEqualTo("result");
    assertThat(call(fields, "seed")).isEqualTo(Optional.empty());
    assertThat(call(fields, "media")).isEqualTo(List.of("images", "video"));
    assertThat(callEach(fields, "metrics", "cost", "remainingCredits", "inferenceTime", "queueTime", "totalTime", "retryCount"))
        .containsExactly(Optional.of("metrics"), Optional.of("cost"), Optional.empty(), Optional.of("inference_time"),
            Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void signedIntegerEnumKeepsMinusOneApartFromOne() throws Exception {
    Class<?> size = loadClass(UNUSUAL + "ClassRequest$Size");
    assertThat(size.getEnumConstants()).extracting(Object::toString).containsExactly("MINUS_1", "_0", "_1");
    assertThat(call(constant(size, "MINUS_1"), "wireValue")).isEqualTo(-1L);
    assertThat(call(constant(size, "_1"), "wireValue")).isEqualTo(1L);
  }

  @Test
  void nestedEnumsNamedLikeJavaLangTypesDoNotShadowThem() throws Exception {
    // ClassRequest nests enums called String, Number, Long, Override...; its String fields still hold text.
    Class<?> text = loadClass(UNUSUAL + "ClassRequest$String");
    Object builder = call(loadClass(UNUSUAL + "ClassRequest"), "builder");
    builder = call(builder, "path", "C:\\users\\me");
    builder = call(builder, "string", constant(text, "B"));
    builder = call(builder, "size", constant(loadClass(UNUSUAL + "ClassRequest$Size"), "MINUS_1"));
    builder = call(builder, "yield", 7L);
    Object request = call(builder, "build");

    assertThat(call(request, "path")).isEqualTo(Optional.of("C:\\users\\me"));
    assertThat(wireMap(request).entrySet()).containsSubsequence(
        Map.entry("string", constant(text, "B")), Map.entry("path", "C:\\users\\me"), Map.entry("yield", 7L));
    assertThat(call(constant(loadClass(UNUSUAL + "ClassRequest$Number"), "A"), "wireValue")).isEqualTo("a");
  }

  @Test
  void fixedFieldsKeepTheirExactValuesEvenWhereNoDoubleHoldsThem() throws Exception {
    Object rules = loadClass(UNUSUAL + "ClassRequest").getField("RULES").get(null);
    assertThat(wireMap(rules, "fixedFields")).containsExactly(
        Map.entry("model.id", "class"),
        Map.entry("scale", 0.5),
        Map.entry("huge", new BigDecimal("1E+400")),
        Map.entry("precise", new BigDecimal("0.12345678901234567890123")));
  }

  /** The acme-labs fixture, renamed provider {@code crowded}, with copies {@code copy-00} to {@code copy-11} of tiny-diffusion. */
  private static Path crowdedAcmeLabs(Path specs) throws Exception {
    SpecFolderCopies.copy(TestSpecs.FIXTURES.resolve("acme-labs"), specs.resolve("crowded"));
    Path provider = specs.resolve("crowded").resolve("provider.json");
    Files.writeString(provider, Files.readString(provider).replace("\"id\": \"acme-labs\"", "\"id\": \"crowded\""));
    for (int i = 0; i < 12; i++) {
      SpecFolderCopies.dropIn(specs, "crowded", "tiny-diffusion", String.format("copy-%02d", i));
    }
    try (var files = Files.list(specs.resolve("crowded"))) {
      for (Path model : files.filter(file -> !file.equals(provider)).toList()) {
        Files.writeString(model, Files.readString(model).replace("\"provider\": \"acme-labs\"", "\"provider\": \"crowded\""));
      }
    }
    return specs;
  }

  private static Map<String, Object> wireMap(Object request) throws Exception {
    return wireMap(request, "toWireMap");
  }

  /** The map of body fields that {@code method} of {@code target} returns. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> wireMap(Object target, String method) throws Exception {
    return (Map<String, Object>) call(target, method);
  }

  /** A client of the generated type {@code name} on a base URL where nothing listens. */
  private static Object client(String name) throws Exception {
    Object builder = call(loadClass(name), "builder");
    return call(call(call(builder, "apiKey", "test-key"), "baseUrl", "http://127.0.0.1:9/"), "build");
  }

  private static Object validRequest() throws Exception {
    Object builder = call(type("TinyDiffusionRequest"), "builder");
    builder = call(builder, "prompt", "a cat");
    builder = call(builder, "class_", constant(type("TinyDiffusionRequest$Class"), "EULER_A"));
    builder = call(builder, "default_", 7.0);
    builder = call(builder, "width", 1024L);
    return call(builder, "build");
  }

  private static Class<?> type(String simpleName) throws ClassNotFoundException {
    return loadClass(PACKAGE + simpleName);
  }

  private static Class<?> loadClass(String name) throws ClassNotFoundException {
    return Class.forName(name, true, loader);
  }

  private static Object constant(Class<?> enumType, String name) {
    return Arrays.stream(enumType.getEnumConstants()).filter(c -> c.toString().equals(name)).findFirst().orElseThrow();
  }

  /** What each getter {@code names} of {@code target} returns. */
  private static List<Object> callEach(Object target, String... names) throws Exception {
    List<Object> values = new ArrayList<>();
    for (String name : names) {
      values.add(call(target, name));
    }
    return values;
  }

  /** Calls the public method {@code name} with {@code args} on an instance, or statically on a {@code Class}. */
  private static Object call(Object target, String name, Object... args) throws Exception {
    Class<?> type = target instanceof Class ? (Class<?>) target : target.getClass();
    Object receiver = target instanceof Class ? null : target;
    List<Method> candidates = Arrays.stream(type.getMethods())
        .filter(m -> !m.isBridge() && m.getName().equals(name) && m.getParameterCount() == args.length)
        .toList();
    assertThat(candidates).as("methods %s(%d args) of %s", name, args.length, type).hasSize(1);
    try {
      return candidates.get(0).invoke(receiver, args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Exception cause) {
        throw cause;
      }
      throw e;
    }
  }
}
