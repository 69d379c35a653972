package dev.imagegen.contract.gen;

import static org.quicktheories.generators.SourceDSL.integers;

import dev.imagegen.client.ImageInput;
import dev.imagegen.generator.spec.ImageForm;
import dev.imagegen.generator.spec.ParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Image values in each form a parameter accepts, as the dynamic API takes them: a URL or base64
 * {@link String}, or an {@link ImageInput} made from a URL, base64 text or bytes.
 */
final class Images {

  private Images() {}

  /** Valid images of {@code parameter}, in every form it allows. */
  static Gen<Object> valid(ParameterSpec parameter) {
    List<Gen<Object>> forms = new ArrayList<>();
    if (parameter.imageForms().contains(ImageForm.URL)) {
      forms.add(urls().map(url -> url));
      forms.add(urls().map(ImageInput::fromUrl));
    }
    if (parameter.imageForms().contains(ImageForm.BASE64)) {
      forms.add(bytes().map(bytes -> Base64.getEncoder().encodeToString(bytes)));
      forms.add(bytes().map(ImageInput::fromBytes));
      forms.add(bytes().map(bytes -> ImageInput.fromBase64(Base64.getEncoder().encodeToString(bytes))));
    }
    return Generate.pick(forms).flatMap(form -> form);
  }

  /** An image in the form {@code parameter} does not take, when it takes only one. */
  static Gen<String> otherForm(ParameterSpec parameter) {
    return parameter.imageForms().contains(ImageForm.URL)
        ? bytes().map(bytes -> Base64.getEncoder().encodeToString(bytes))
        : urls();
  }

  /** {@code https://img.example.test/<word>.png}, sometimes with a signed query. */
  static Gen<String> urls() {
    return Texts.words().zip(integers().between(0, 3), (word, query) ->
        "https://img.example.test/" + word + ".png" + (query == 0 ? "?sig=" + word + "&x=1" : ""));
  }

  /** 1 to 48 random bytes. */
  static Gen<byte[]> bytes() {
    return Generate.byteArrays(integers().between(1, 48), Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0));
  }
}
