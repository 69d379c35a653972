package dev.imagegen.generator.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.export.openapi.OpenApiExporter;
import dev.imagegen.generator.export.wiremock.WireMockExporter;
import dev.imagegen.generator.spec.AsyncSpec;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.RateLimitSpec;
import dev.imagegen.generator.spec.ResponseHeadersSpec;
import dev.imagegen.generator.spec.ResultFieldsSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.SpecSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What users read of the real specs (the generated sources, the OpenAPI document and the WireMock
 * stubs) carries none of the maintainers' notes: no note of any level, no path into the maintainers'
 * {@code shared/} folder and no seed number. The notes are read from the specs, so a new model or
 * provider is covered without a change here.
 */
class UserFacingTextTest {

  /** Marks of the maintainers' sources, which users cannot open. */
  private static final List<String> MAINTAINER_MARKS = List.of("shared/", "Seed 00");

  private static final ObjectMapper JSON = new ObjectMapper();

  private static SpecSet specs;
  private static List<String> notes;

  @BeforeAll
  static void loadRealSpecs() throws Exception {
    specs = TestSpecs.real();
    notes = notesOf(specs);
  }

  static Stream<Named<String>> userFacingTexts() throws Exception {
    SpecSet real = TestSpecs.real();
    List<Named<String>> texts = new ArrayList<>();
    ClientEmitter.emit(real).forEach(file -> texts.add(Named.of(file.typeSpec().name() + ".java", file.toString())));
    texts.add(Named.of("OpenAPI document", OpenApiExporter.render(real, "0.1.0")));
    WireMockExporter.files(real).forEach((path, bytes) -> texts.add(Named.of(path, new String(bytes, StandardCharsets.UTF_8))));
    return texts.stream();
  }

  /** The check below looks for something: the real specs have notes of providers, models and parameters. */
  @Test
  void theRealSpecsHaveNotesToLookFor() {
    assertThat(specs.providers()).anyMatch(provider -> provider.note().isPresent());
    assertThat(specs.models()).anyMatch(model -> model.note().isPresent());
    assertThat(specs.models().flatMap(model -> model.parameters().stream())).anyMatch(p -> p.note().isPresent());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("userFacingTexts")
  void carriesNoNoteNorMaintainersSource(String text) throws JsonProcessingException {
    for (String note : notes) {
      // As written, as Javadoc escapes it, and as a JSON string holds it.
      assertThat(text).doesNotContain(note, JavadocText.escape(note), jsonEscaped(note));
    }
    assertThat(text).doesNotContain(MAINTAINER_MARKS);
  }

  @Test
  void theRequestTypeAndServiceOfEveryModelLinkItsSource() {
    List<JavaFile> files = ClientEmitter.emit(specs);
    specs.models().forEach(model -> {
      String link = "@see <a href=\"" + JavadocText.escape(model.source()) + "\">";
      assertThat(source(files, GeneratedTypes.request(model).simpleName())).as(model.id()).contains(link);
      assertThat(source(files, GeneratedTypes.service(model).simpleName())).as(model.id()).contains(link);
    });
  }

  /** Every note of every level: provider, sync, async, result fields, response headers, rate limit, model, parameter. */
  private static List<String> notesOf(SpecSet specs) {
    List<String> notes = new ArrayList<>();
    for (ProviderSpec provider : specs.providers()) {
      Stream.of(
              provider.note(),
              provider.sync().note(),
              provider.async().flatMap(AsyncSpec::note),
              provider.async().filter(SegmindV2Spec.class::isInstance).map(SegmindV2Spec.class::cast)
                  .flatMap(SegmindV2Spec::result).flatMap(ResultFieldsSpec::note),
              provider.responseHeaders().flatMap(ResponseHeadersSpec::note),
              provider.rateLimit().flatMap(RateLimitSpec::note))
          .flatMap(Optional::stream)
          .forEach(notes::add);
      for (ModelSpec model : provider.models()) {
        model.note().ifPresent(notes::add);
        model.parameters().stream().map(ParameterSpec::note).flatMap(Optional::stream).forEach(notes::add);
      }
    }
    return notes;
  }

  private static String jsonEscaped(String text) throws JsonProcessingException {
    String quoted = JSON.writeValueAsString(text);
    return quoted.substring(1, quoted.length() - 1);
  }

  private static String source(List<JavaFile> files, String typeName) {
    return files.stream().filter(file -> file.typeSpec().name().equals(typeName)).findFirst().orElseThrow().toString();
  }
}
