package dev.imagegen.generator.cli;

import dev.imagegen.generator.export.ExportException;
import dev.imagegen.generator.spec.SpecSet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Something the command line was asked to make, rendered in memory: every output is rendered, then
 * every one checked writable, before any is written, so that one that cannot be made leaves the
 * others unwritten too.
 */
interface Output {

  /** The outputs {@code arguments} ask for, rendered from {@code specs}: the client sources, then the exports. */
  static List<Output> render(CliArguments arguments, SpecSet specs) throws ExportException {
    List<Output> outputs = new ArrayList<>();
    if (arguments.out().isPresent() || arguments.check()) {
      outputs.add(SourcesOutput.render(specs, arguments.out()));
    }
    if (arguments.openapi().isPresent()) {
      outputs.add(OpenApiExport.render(specs, arguments.openapi().get()));
    }
    if (arguments.wiremock().isPresent()) {
      outputs.add(WireMockExport.render(specs, arguments.wiremock().get()));
    }
    return outputs;
  }

  /** What it is, for error messages: {@code the OpenAPI document}. */
  String name();

  /** The file or folder it replaces. */
  Path target();

  /** Throws when {@link #write()} would be refused or could not create {@link #target()}; writes nothing. */
  void checkWritable() throws IOException;

  /** Replaces {@link #target()} as a whole. */
  void write() throws IOException;

  /** Its summary lines; {@code outcome} ends each: {@code checked}, or {@code -> <path>}. */
  List<String> lines(String outcome);
}
