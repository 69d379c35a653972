package dev.imagegen.generator.export;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** Folders under {@code src/test/resources}, as paths the spec loader can read. */
public final class TestResources {

  private TestResources() {}

  public static Path folder(String name) {
    URL url = TestResources.class.getResource("/" + name);
    if (url == null) {
      throw new AssertionError("no test resource folder " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }
}
