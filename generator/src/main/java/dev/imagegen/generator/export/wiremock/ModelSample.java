package dev.imagegen.generator.export.wiremock;

import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.List;
import java.util.Optional;

/**
 * What the stubs of one model answer with: a sample image, kept in {@code __files} and also served
 * at an output URL (the URL a v2 result or a JSON answer points to), and whether the sync call
 * answers with JSON instead of the image bytes: it does unless every response content type is an
 * image type ({@link ModelSpec#answersWithImages()}).
 *
 * <p>The image takes the first of the model's response content types that {@code javax.imageio}
 * can write; a model that answers with JSON and lists no such type gets a PNG for its output URL.
 */
record ModelSample(ProviderSpec provider, ModelSpec model, SampleImages.SampleImage image, boolean syncAnswersJson) {

  private static final String FALLBACK_IMAGE_TYPE = "image/png";

  static ModelSample of(ProviderSpec provider, ModelSpec model) throws ExportException {
    List<String> types = model.responseContentTypes();
    // The same rule as the generated client's, so the mock answers the way the client reads.
    boolean answersJson = !model.answersWithImages();
    Optional<SampleImages.SampleImage> image =
        types.stream().map(SampleImages::of).flatMap(Optional::stream).findFirst();
    if (image.isEmpty() && answersJson) {
      image = SampleImages.of(FALLBACK_IMAGE_TYPE);
    }
    if (image.isEmpty()) {
      throw new ExportException("WireMock export: " + provider.id() + "/" + model.id()
          + ": cannot make a sample response of any of its content types " + types
          + "; the export can answer with application/json or an image type that javax.imageio writes, such as image/png or image/jpeg");
    }
    return new ModelSample(provider, model, image.get(), answersJson);
  }

  /** The image's file name under {@code __files}, such as {@code segmind-flux-schnell.jpg}. */
  String fileName() {
    return provider.id() + "-" + model.id() + "." + image.extension();
  }

  /** The path the image is served at, such as {@code /outputs/segmind/flux-schnell.jpg}. */
  String outputPath() {
    return "/outputs/" + provider.id() + "/" + model.id() + "." + image.extension();
  }

  /** The absolute output URL, for a templated response. */
  String outputUrl() {
    return WireMockExporter.BASE_URL_TEMPLATE + outputPath();
  }

  /** The first part of every stub name of this model, such as {@code segmind-flux-schnell}. */
  String stubPrefix() {
    return provider.id() + "-" + model.id();
  }
}
