package dev.imagegen.generator.spec;

import java.util.Objects;

/**
 * Where an element of a spec lives: a file, as shown to users, plus a JSON Pointer (RFC 6901) into it.
 *
 * <p>{@code toString()} gives the form every error message uses, for example
 * {@code specs/segmind/flux-schnell.json#/parameters/width/default}.
 */
public record SpecLocation(String file, String pointer) {

  public SpecLocation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(pointer, "pointer");
    if (!pointer.isEmpty() && !pointer.startsWith("/")) {
      throw new IllegalArgumentException("pointer must be empty or start with '/': " + pointer);
    }
  }

  /** The location of a whole file. */
  public static SpecLocation ofFile(String file) {
    return new SpecLocation(file, "");
  }

  /** The location of member {@code token} (an object key or array index) below this one. */
  public SpecLocation child(String token) {
    return new SpecLocation(file, pointer + "/" + token.replace("~", "~0").replace("/", "~1"));
  }

  /** The location of array element {@code index} below this one. */
  public SpecLocation child(int index) {
    return child(Integer.toString(index));
  }

  @Override
  public String toString() {
    return file + "#" + pointer;
  }
}
