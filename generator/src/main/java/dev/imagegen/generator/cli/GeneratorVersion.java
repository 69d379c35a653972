package dev.imagegen.generator.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The generator's version, which is the project's: the build filters it into
 * {@code generator.properties}, so it is right in the jar, in the classes folder and in tests alike.
 */
final class GeneratorVersion {

  private static final String RESOURCE = "generator.properties";

  private GeneratorVersion() {}

  static String current() {
    Properties properties = new Properties();
    try (InputStream in = GeneratorVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing next to " + GeneratorVersion.class.getName()
            + "; build the generator with Maven, which writes it");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return properties.getProperty("version");
  }
}
