package dev.imagegen.generator.cli;

import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.spec.SpecSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An export the command line was asked for, rendered in memory: every export is rendered before
 * any is written, so a spec set an export cannot describe writes nothing.
 */
interface Export {

  /** The exports {@code arguments} ask for, rendered from {@code specs}, OpenAPI first. */
  static List<Export> render(CliArguments arguments, SpecSet specs) throws ExportException {
    List<Export> exports = new ArrayList<>();
    if (arguments.openapi().isPresent()) {
      exports.add(OpenApiExport.render(specs, arguments.openapi().get()));
    }
    if (arguments.wiremock().isPresent()) {
      exports.add(WireMockExport.render(specs, arguments.wiremock().get()));
    }
    return exports;
  }

  /** What it is, for error messages: {@code the OpenAPI document}. */
  String name();

  /** Replaces the file or folder it goes to, and returns that path. */
  Path write() throws IOException;

  /** Its summary line; {@code outcome} ends it: {@code checked}, or {@code -> <path>}. */
  String line(String outcome);
}
