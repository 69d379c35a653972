package dev.imagegen.generator.export.wiremock;

/** Serves a model's sample image at its output URL, as a media host would: no key needed. */
final class OutputStub {

  private OutputStub() {}

  static Stub of(ModelSample sample) {
    Mapping mapping = Mapping.of(sample.stubPrefix() + ": output image", Mapping.VALID, "GET");
    mapping.request().put("urlPath", sample.outputPath());
    mapping.response().put("status", 200);
    mapping.response().putObject("headers").put("Content-Type", sample.image().contentType());
    mapping.response().put("bodyFileName", sample.fileName());
    return mapping.toStub(sample.stubPrefix() + "-output");
  }
}
