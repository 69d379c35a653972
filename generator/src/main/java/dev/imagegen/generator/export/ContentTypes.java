package dev.imagegen.generator.export;

/** What the exports need to know about a model's response content types. */
public final class ContentTypes {

  private ContentTypes() {}

  /** True for {@code application/json} and every {@code +json} type: the model answers with a JSON body. */
  public static boolean isJson(String contentType) {
    return contentType.equals("application/json") || contentType.endsWith("+json");
  }
}
