package dev.imagegen.generator.spec;

/** How an image parameter may travel on the wire. */
public enum ImageForm {
  /** A URL the server fetches. */
  URL,
  /** The image bytes as base64 text. */
  BASE64
}
