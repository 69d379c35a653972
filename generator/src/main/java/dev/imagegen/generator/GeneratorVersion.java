package dev.imagegen.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The generator's version, which is the project's: the build filters it into
 * {@code generator.properties}, so it is right in the jar, in the classes folder and in tests alike.
 */
public final class GeneratorVersion {

  private static final String RESOURCE = "generator.properties";

  private GeneratorVersion() {}

  /**
   * The version, such as {@code 0.1.0}.
   *
   * @throws IllegalStateException when the generator was built without Maven, which writes the version
   */
  public static String current() {
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
