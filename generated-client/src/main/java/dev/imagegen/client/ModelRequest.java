package dev.imagegen.client;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.imagegen.client.validation.ModelRules;
import java.util.Map;

/**
 * A request body for one model: its parameter rules and its wire form.
 *
 * <p>Generated request types implement it, and so does the map-based request of the dynamic
 * {@code run(modelId, params)}; both are validated by the same {@link ModelRules}.
 */
public interface ModelRequest {

  /** The rules of the model this request is for. */
  ModelRules rules();

  /**
   * The body as sent, in parameter order, with unset optional parameters absent. Values are
   * {@link String}, {@link Long}, {@link Double}, {@link Boolean}, {@link WireEnum} or {@link ImageInput};
   * fixed fields such as Qolaba's {@code app_id} are included.
   */
  @JsonValue
  Map<String, Object> toWireMap();
}
