package dev.imagegen.quickstart;

import dev.imagegen.client.qolaba.QolabaCatalog;
import dev.imagegen.client.qolaba.QolabaClient;
import dev.imagegen.client.segmind.SegmindCatalog;
import dev.imagegen.client.segmind.SegmindClient;
import dev.imagegen.client.validation.ModelRules;
import java.io.IOException;
import java.io.PrintStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Collectors;

/**
 * What the generator made from the specs, as this project sees it on its classpath: the client jar,
 * and per provider its models (from the generated catalog) and its generated classes (from the jar).
 */
final class GeneratedClientReport {

  private GeneratedClientReport() {}

  static void print(PrintStream out) throws IOException {
    Path jar = jarOf(SegmindClient.class);
    out.println("Generated client: " + jar);
    try (JarFile file = new JarFile(jar.toFile())) {
      provider(out, file, "segmind", SegmindClient.class, SegmindCatalog.all());
      provider(out, file, "qolaba", QolabaClient.class, QolabaCatalog.all());
    }
  }

  private static void provider(PrintStream out, JarFile jar, String id, Class<?> client, List<ModelRules> models) {
    String prefix = client.getPackageName().replace('.', '/') + '/';
    List<String> classes = jar.stream()
        .map(entry -> entry.getName())
        .filter(name -> name.startsWith(prefix) && name.endsWith(".class") && !name.contains("$"))
        .map(name -> name.substring(prefix.length(), name.length() - ".class".length()))
        .filter(name -> !name.contains("/"))
        .sorted()
        .collect(Collectors.toList());
    out.println("  " + id + ": " + models.size() + " models ("
        + models.stream().map(ModelRules::modelId).collect(Collectors.joining(", ")) + ")");
    out.println("    " + classes.size() + " classes in " + client.getPackageName() + ": " + String.join(", ", classes));
  }

  /** Found from a class file's URL: code sources are not always kept (not under exec:java's blockSystemExit). */
  private static Path jarOf(Class<?> type) throws IOException {
    URL classFile = type.getResource(type.getSimpleName() + ".class");
    if (classFile == null || !"jar".equals(classFile.getProtocol())) {
      throw new IOException(type.getName() + " is not loaded from a jar but from " + classFile);
    }
    try {
      return Path.of(((JarURLConnection) classFile.openConnection()).getJarFileURL().toURI());
    } catch (URISyntaxException e) {
      throw new IOException("the client jar's location is not a file: " + classFile, e);
    }
  }
}
