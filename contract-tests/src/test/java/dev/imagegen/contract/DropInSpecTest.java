package dev.imagegen.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.contract.client.GeneratedClient;
import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.contract.spec.SpecFolders;
import dev.imagegen.generator.naming.JavaNames;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The drop-in proof: the tests' own specs folder holds a model that exists nowhere else, and the
 * build generated and compiled its client from the spec alone. Every property then runs for it like
 * for any model (the summary lists, per property, the models it ran for).
 */
class DropInSpecTest {

  @Test
  void theTestOnlyFolderHoldsModelsThatExistNowhereElse() {
    List<ModelUnderTest> dropIns = dropIns();
    List<String> others = SpecFolders.models().stream().filter(model -> !dropIns.contains(model))
        .flatMap(model -> List.of(model.provider().id(), model.model().id()).stream()).toList();
    assertThat(dropIns).isNotEmpty();
    dropIns.forEach(model -> assertThat(others).as("ids of the real specs").doesNotContain(model.provider().id(), model.model().id()));
  }

  @Test
  void eachDropInModelHasAClientGeneratedAndCompiledFromItsSpec() throws ReflectiveOperationException {
    for (ModelUnderTest model : dropIns()) {
      Class<?> client = Class.forName(GeneratedClient.clientClassName(model));
      String catalog = client.getPackageName() + "." + JavaNames.typeName(model.provider().id()) + "Catalog";
      Object rules = Class.forName(catalog).getMethod("rules", String.class).invoke(null, model.model().id());
      assertThat(rules).as("rules of %s in %s", model.id(), catalog).isInstanceOf(Optional.class).isNotEqualTo(Optional.empty());
      assertThat(client.getMethod("generate", String.class, Map.class)).isNotNull();
    }
  }

  private static List<ModelUnderTest> dropIns() {
    String folder = SpecFolders.testSpecs().toString();
    return SpecFolders.models().stream().filter(model -> model.folder().equals(folder)).toList();
  }
}
