package dev.imagegen.generator.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpecLocationTest {

  @Test
  void childTokensAreEscapedAsRfc6901Says() {
    SpecLocation fixedFields = SpecLocation.ofFile("specs/acme/m.json").child("fixedFields");

    assertThat(fixedFields.child("a/b~c")).hasToString("specs/acme/m.json#/fixedFields/a~1b~0c");
    // "~1" must not be read back as "/": its "~" is escaped first.
    assertThat(fixedFields.child("~1").pointer()).isEqualTo("/fixedFields/~01");
    assertThat(fixedFields.child(2).pointer()).isEqualTo("/fixedFields/2");
  }

  @Test
  void aWholeFileHasAnEmptyPointer() {
    assertThat(SpecLocation.ofFile("specs/acme/provider.json")).hasToString("specs/acme/provider.json#");
  }

  @Test
  void aPointerMustStartWithASlash() {
    assertThatThrownBy(() -> new SpecLocation("specs/acme/m.json", "parameters"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pointer must be empty or start with '/': parameters");
  }
}
