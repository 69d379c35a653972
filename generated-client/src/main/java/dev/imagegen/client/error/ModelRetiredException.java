package dev.imagegen.client.error;

/**
 * 410 Gone: the model is retired and no longer served; the call was not billed (docs.segmind.com,
 * error codes). Choose another model.
 */
public class ModelRetiredException extends ApiException {
  private static final long serialVersionUID = 1L;

  public ModelRetiredException(String call, int status, String requestId, String bodyExcerpt, String serverMessage) {
    super(call, status, requestId, bodyExcerpt, serverMessage, "the model is retired; not billed");
  }
}
