package dev.imagegen.generator.export.wiremock;

import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.export.JsonText;
import dev.imagegen.generator.export.SyncEndpoint;
import dev.imagegen.generator.spec.Flow;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import dev.imagegen.generator.spec.SegmindV2Spec;
import dev.imagegen.generator.spec.SpecSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * WireMock stub files for both flows of every model, which a stock WireMock serves as they are
 * ({@code java -jar wiremock-standalone.jar --root-dir DIR}, or {@code usingFilesUnderDirectory(DIR)}):
 *
 * <ul>
 *   <li>sync: a body the model's {@link dev.imagegen.generator.export.RequestBodySchema} accepts gets
 *       200 with a one-pixel image of the model's first content type and the credits header; any
 *       other body 400; a call without the key 401;
 *   <li>Segmind v2: a valid submit gets a fixed request id ({@code req-flux-schnell-0001}); its status
 *       goes QUEUED, PROCESSING, then COMPLETED on successive polls; its result is 200 with an output
 *       URL served by the mock too; an unknown request id gets 404.
 * </ul>
 *
 * <p>Every file has a stable name and stable content, so an export can be committed and diffed.
 *
 * <pre>{@code
 * WireMockExporter.write(WireMockExporter.files(specs), Path.of("target/wiremock"));
 * // target/wiremock/mappings/segmind-flux-schnell-sync.json, target/wiremock/__files/segmind-flux-schnell.jpg, ...
 * }</pre>
 */
public final class WireMockExporter {

  /** WireMock's template for the scheme, host and port the mock was called on. */
  static final String BASE_URL_TEMPLATE = "{{request.baseUrl}}";

  static final String MAPPINGS = "mappings";
  static final String FILES = "__files";

  private WireMockExporter() {}

  /**
   * Every file of the export, by path relative to the export folder ({@code mappings/x.json},
   * {@code __files/y.jpg}), in name order. Pure: no I/O.
   *
   * @throws ExportException when a model answers only with content types no sample can be made for
   */
  public static SortedMap<String, byte[]> files(SpecSet specs) throws ExportException {
    Map<ModelSpec, ModelSample> samples = new HashMap<>();
    List<Stub> stubs = new ArrayList<>();
    for (ProviderSpec provider : specs.providers()) {
      for (ModelSpec model : provider.models()) {
        ModelSample sample = ModelSample.of(provider, model);
        samples.put(model, sample);
        stubs.add(OutputStub.of(sample));
      }
      stubs.add(ErrorStubs.unauthorized(provider, servedTemplates(provider)));
    }
    for (SyncEndpoint endpoint : SyncEndpoint.of(specs)) {
      stubs.addAll(SyncStubs.of(endpoint, samples));
    }
    for (ProviderSpec provider : specs.providers()) {
      if (provider.async().orElse(null) instanceof SegmindV2Spec v2) {
        for (ModelSpec model : provider.models()) {
          if (model.supports(Flow.ASYNC)) {
            stubs.addAll(SegmindV2Stubs.of(v2, samples.get(model)));
          }
        }
        stubs.add(ErrorStubs.unknownRequest(provider, v2));
      }
    }
    SortedMap<String, byte[]> files = new TreeMap<>();
    stubs.forEach(stub -> files.put(
        MAPPINGS + "/" + stub.name() + ".json", JsonText.write(stub.mapping()).getBytes(StandardCharsets.UTF_8)));
    samples.values().forEach(sample -> files.put(FILES + "/" + sample.fileName(), sample.image().bytes()));
    return files;
  }

  /**
   * Writes the {@link #files} of an export under {@code dir}, creating {@code dir/mappings} and
   * {@code dir/__files}; files of an earlier export with the same names are replaced. Computing the
   * files first means a spec the export cannot describe fails before anything is written, and lets a
   * caller write into a temporary folder and move it into place.
   */
  public static void write(Map<String, byte[]> files, Path dir) throws IOException {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }

  /** The path templates the provider serves, for the 401 catch-all. */
  private static List<String> servedTemplates(ProviderSpec provider) {
    List<String> templates = new ArrayList<>(List.of(provider.sync().path()));
    if (provider.async().orElse(null) instanceof SegmindV2Spec v2) {
      templates.addAll(List.of(v2.submitPath(), v2.statusPath(), v2.resultPath()));
    }
    return templates;
  }
}
