package dev.imagegen.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.imagegen.generator.naming.JavaNames;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ParameterSpec;
import dev.imagegen.generator.spec.ParameterType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Java members of one request type: a name and types per parameter, allocated once so that
 * fields, getters and builder setters agree. Names that the generated methods already use (such
 * as a parameter called {@code rules}) are allocated a trailing {@code _}, the way Wire does; so is a
 * builder's {@code clearX} whose name a parameter took.
 */
final class RequestLayout {

  /** Methods of the request type and its builder, plus those of {@code Object}. */
  private static final List<String> RESERVED_MEMBERS = List.of(
      "builder", "toBuilder", "rules", "toWireMap", "build",
      "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

  /**
   * One parameter as a Java member.
   *
   * @param name the field, getter and setter name
   * @param valueType the type of the field: boxed, since a parameter may be unset
   * @param enumType the nested enum of an enum parameter
   * @param clearName the builder method that unsets an optional parameter, such as {@code clearSeed}
   */
  record Member(ParameterSpec spec, String name, TypeName valueType, Optional<ClassName> enumType,
      Optional<String> clearName) {

    /** What the builder's setter takes: a primitive for numbers and booleans. */
    TypeName setterType() {
      return valueType.isBoxedPrimitive() ? valueType.unbox() : valueType;
    }

    /** What the getter returns: the setter type when required, otherwise an {@code Optional}. */
    TypeName getterType() {
      return spec.required() ? setterType() : ParameterizedTypeName.get(ClassName.get(Optional.class), valueType);
    }
  }

  private final ModelSpec model;
  private final ClassName requestType;
  private final List<Member> members;

  private RequestLayout(ModelSpec model, ClassName requestType, List<Member> members) {
    this.model = model;
    this.requestType = requestType;
    this.members = members;
  }

  static RequestLayout of(ModelSpec model) {
    ClassName requestType = GeneratedTypes.request(model);
    NameAllocator memberNames = new NameAllocator();
    RESERVED_MEMBERS.forEach(memberNames::newName);
    // Nested enums must not be named like the enclosing type or its Builder.
    NameAllocator nestedTypeNames = new NameAllocator();
    nestedTypeNames.newName(requestType.simpleName());
    nestedTypeNames.newName("Builder");

    List<String> names = model.parameters().stream()
        .map(parameter -> memberNames.newName(JavaNames.memberName(parameter.name())))
        .toList();
    // The clear methods are named after every parameter is, so that no parameter's name depends on them.
    List<Member> members = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      ParameterSpec parameter = model.parameters().get(i);
      String name = names.get(i);
      Optional<ClassName> enumType = parameter.type() == ParameterType.ENUM
          ? Optional.of(requestType.nestedClass(nestedTypeNames.newName(JavaNames.typeName(parameter.name()))))
          : Optional.empty();
      Optional<String> clearName = parameter.required()
          ? Optional.empty()
          : Optional.of(memberNames.newName("clear" + Character.toUpperCase(name.charAt(0)) + name.substring(1)));
      members.add(new Member(parameter, name, valueType(parameter, enumType), enumType, clearName));
    }
    return new RequestLayout(model, requestType, List.copyOf(members));
  }

  ModelSpec model() {
    return model;
  }

  ClassName requestType() {
    return requestType;
  }

  /** In spec order. */
  List<Member> members() {
    return members;
  }

  private static TypeName valueType(ParameterSpec parameter, Optional<ClassName> enumType) {
    return switch (parameter.type()) {
      case STRING -> ClassName.get(String.class);
      // Long, not Integer: seeds such as 98877465625 need 64 bits.
      case INTEGER -> ClassName.get(Long.class);
      case NUMBER -> ClassName.get(Double.class);
      case BOOLEAN -> ClassName.get(Boolean.class);
      case IMAGE -> RuntimeTypes.IMAGE_INPUT;
      case ENUM -> enumType.orElseThrow();
    };
  }
}
