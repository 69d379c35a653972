package dev.imagegen.contract.gen;

import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.generator.spec.ParameterSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Valid requests of a model, from its spec alone: every required parameter, and the optional ones
 * all omitted, all present, or each by a coin toss. Each value is random or a boundary (each
 * minimum and maximum, each enum value).
 */
public final class ValidRequests {

  /** How the optional parameters of one request are chosen. */
  private enum Optionals { NONE, ALL, EACH_BY_CHANCE }

  private static final Gen<Optionals> OPTIONALS = Generate.frequency(
      Pair.of(1, Generate.constant(Optionals.NONE)),
      Pair.of(1, Generate.constant(Optionals.ALL)),
      Pair.of(3, Generate.constant(Optionals.EACH_BY_CHANCE)));

  private ValidRequests() {}

  public static Gen<ValidRequest> of(ModelUnderTest model) {
    List<ParameterSpec> parameters = model.model().parameters();
    Map<String, Gen<Object>> values = new LinkedHashMap<>();
    parameters.forEach(parameter -> values.put(parameter.name(), ParameterValues.valid(parameter)));
    Gen<Boolean> coin = Generate.booleans();
    Gen<ValidRequest> requests = random -> {
      Optionals optionals = OPTIONALS.generate(random);
      Map<String, Object> params = new LinkedHashMap<>();
      for (ParameterSpec parameter : parameters) {
        boolean present = parameter.required()
            || optionals == Optionals.ALL
            || (optionals == Optionals.EACH_BY_CHANCE && coin.generate(random));
        if (present) {
          params.put(parameter.name(), values.get(parameter.name()).generate(random));
        }
      }
      return new ValidRequest(model, params);
    };
    return requests.describedAs(ValidRequest::toString);
  }
}
