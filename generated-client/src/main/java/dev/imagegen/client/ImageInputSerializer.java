package dev.imagegen.client;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes an {@link ImageInput} as the JSON string sent. A serializer rather than {@code @JsonValue}:
 * a value method must return the whole base64 text, where the generator can encode a file as it streams.
 */
final class ImageInputSerializer extends StdSerializer<ImageInput> {
  private static final long serialVersionUID = 1L;

  ImageInputSerializer() {
    super(ImageInput.class);
  }

  @Override
  public void serialize(ImageInput image, JsonGenerator json, SerializerProvider provider) throws IOException {
    image.writeJson(json);
  }
}
