package dev.imagegen.generator.emit;

import com.palantir.javapoet.JavaFile;
import dev.imagegen.generator.spec.SpecSet;
import java.util.List;

/** Emits every Java file of the client for a checked {@link SpecSet}. Pure: no I/O. */
public final class ClientEmitter {

  /** The package of generated code: one sub-package per provider, such as {@code dev.imagegen.client.segmind}. */
  public static final String BASE_PACKAGE = "dev.imagegen.client";

  private ClientEmitter() {}

  /** Every generated file, in a stable order. */
  public static List<JavaFile> emit(SpecSet specs) {
    // Replaced by the emitters of the generator issue.
    return List.of();
  }
}
