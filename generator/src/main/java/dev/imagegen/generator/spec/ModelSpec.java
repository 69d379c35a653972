package dev.imagegen.generator.spec;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One model of a provider, such as Segmind's {@code flux-schnell}.
 *
 * @param id the id used in URLs, such as {@code sd1.5-img2img}
 * @param providerId the id of the {@link ProviderSpec} that serves it
 * @param source the public documentation page of the model: an absolute http(s) URL, which the Javadoc links
 * @param fixedFields body fields sent with a constant value on every request (Qolaba's {@code app_id})
 * @param parameters in spec order
 * @param note a decision for maintainers; nothing generated shows it
 * @param location the model file, with an empty pointer
 */
public record ModelSpec(
    String id,
    String providerId,
    String title,
    String summary,
    String source,
    Set<Flow> flows,
    Map<String, Object> fixedFields,
    List<String> responseContentTypes,
    List<ParameterSpec> parameters,
    Optional<String> note,
    SpecLocation location) {

  public ModelSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(providerId, "providerId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(source, "source");
    flows = Set.copyOf(flows);
    fixedFields = Collections.unmodifiableMap(new LinkedHashMap<>(fixedFields));
    responseContentTypes = List.copyOf(responseContentTypes);
    parameters = List.copyOf(parameters);
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(location, "location");
  }

  /** The parameter with wire name {@code name}, if any. */
  public Optional<ParameterSpec> parameter(String name) {
    return parameters.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /** True when the model can be called on {@code flow}. */
  public boolean supports(Flow flow) {
    return flows.contains(flow);
  }

  /**
   * True when every response content type is an image type ({@code image/*}): the sync call answers
   * with the image bytes. Any other type, such as Qolaba's {@code application/json}, means a JSON body.
   */
  public boolean answersWithImages() {
    return responseContentTypes.stream().allMatch(type -> type.startsWith("image/"));
  }
}
