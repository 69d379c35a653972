package dev.imagegen.client.surface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.ImageInput;
import dev.imagegen.client.InferenceMetrics;
import dev.imagegen.client.InferenceResult;
import dev.imagegen.client.Job;
import dev.imagegen.client.JsonResponse;
import dev.imagegen.client.MediaFile;
import dev.imagegen.client.ResponseInfo;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The client's public surface names no internal type: no public or protected constructor, method or field of a
 * type outside {@code dev.imagegen.client.internal}, hand-written or generated, takes, returns, throws or
 * extends one. Users can then rely on every type they can reach, and the internals stay free to change. Nor
 * does it name Retrofit's or OkHttp's types, but for the {@link OkHttpClient} a user may give the builder:
 * the HTTP stack can then change without breaking users.
 */
class PublicSurfaceTest {

  private static final String INTERNAL = "dev.imagegen.client.internal.";

  @Test
  void noPublicSignatureOutsideTheInternalPackageMentionsAnInternalType() throws Exception {
    assertThat(leaks(name -> name.startsWith(INTERNAL))).isEmpty();
  }

  @Test
  void noPublicSignatureMentionsRetrofitOrOkHttpButTheGivenHttpClient() throws Exception {
    assertThat(leaks(name -> (name.startsWith("retrofit2.") || name.startsWith("okhttp3."))
        && !name.equals(OkHttpClient.class.getName()))).isEmpty();
  }

  @Test
  void whatACallAnswersHasNoPublicConstructor() {
    List<Class<?>> answers = List.of(GeneratedImage.class, JsonResponse.class, Job.class, InferenceResult.class,
        InferenceMetrics.class, MediaFile.class, ResponseInfo.class);

    assertThat(answers).allSatisfy(type -> assertThat(type.getConstructors()).as("public constructors of %s", type)
        .isEmpty());
  }

  /** Where a public signature outside the internal package mentions a type whose name is {@code forbidden}. */
  private static List<String> leaks(Predicate<String> forbidden) throws Exception {
    List<String> leaks = new ArrayList<>();
    List<Class<?>> types = publicTypes();
    for (Class<?> type : types) {
      if (type.getSuperclass() != null) {
        check(forbidden, leaks, type.getName() + " extends", type.getGenericSuperclass());
      }
      for (Type implemented : type.getGenericInterfaces()) {
        check(forbidden, leaks, type.getName() + " implements", implemented);
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        checkExecutable(forbidden, leaks, constructor);
      }
      for (Method method : type.getDeclaredMethods()) {
        if (!method.isSynthetic() && !method.isBridge()) {
          checkExecutable(forbidden, leaks, method);
        }
      }
      for (Field field : type.getDeclaredFields()) {
        if (visible(field) && !field.isSynthetic()) {
          check(forbidden, leaks, field.getDeclaringClass().getName() + "." + field.getName(), field.getGenericType());
        }
      }
    }
    assertThat(types).as("the public types found").hasSizeGreaterThan(20);
    return leaks;
  }

  private static void checkExecutable(Predicate<String> forbidden, List<String> leaks, Executable executable) {
    if (!visible(executable)) {
      return;
    }
    String name = executable.getDeclaringClass().getName() + "." + executable.getName();
    for (Type parameter : executable.getGenericParameterTypes()) {
      check(forbidden, leaks, name + " takes", parameter);
    }
    for (Type thrown : executable.getGenericExceptionTypes()) {
      check(forbidden, leaks, name + " throws", thrown);
    }
    if (executable instanceof Method method) {
      check(forbidden, leaks, name + " returns", method.getGenericReturnType());
    }
  }

  private static boolean visible(Member member) {
    return Modifier.isPublic(member.getModifiers()) || Modifier.isProtected(member.getModifiers());
  }

  /** Adds a line to {@code leaks} for each forbidden type that {@code type} is or mentions. */
  private static void check(Predicate<String> forbidden, List<String> leaks, String where, Type type) {
    if (type instanceof Class<?> plain) {
      Class<?> element = plain;
      while (element.isArray()) {
        element = element.getComponentType();
      }
      if (forbidden.test(element.getName())) {
        leaks.add(where + " " + element.getName());
      }
    } else if (type instanceof ParameterizedType parameterized) {
      check(forbidden, leaks, where, parameterized.getRawType());
      Arrays.stream(parameterized.getActualTypeArguments()).forEach(argument -> check(forbidden, leaks, where, argument));
    } else if (type instanceof GenericArrayType array) {
      check(forbidden, leaks, where, array.getGenericComponentType());
    } else if (type instanceof WildcardType wildcard) {
      Stream.concat(Arrays.stream(wildcard.getUpperBounds()), Arrays.stream(wildcard.getLowerBounds()))
          .forEach(bound -> check(forbidden, leaks, where, bound));
    } else if (type instanceof TypeVariable<?> variable) {
      Arrays.stream(variable.getBounds()).forEach(bound -> check(forbidden, leaks, where, bound));
    }
  }

  /** The public types of the client's classes, hand-written and generated, outside the internal package. */
  private static List<Class<?>> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
    Path classes = Path.of(ImageInput.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> types = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        String name = classes.relativize(file).toString().replace('\\', '/').replace('/', '.');
        name = name.substring(0, name.length() - ".class".length());
        if (name.startsWith(INTERNAL) || name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        Class<?> type = Class.forName(name, false, PublicSurfaceTest.class.getClassLoader());
        if (reachable(type)) {
          types.add(type);
        }
      }
    }
    return types;
  }

  /** Public, and nested only in public types. */
  private static boolean reachable(Class<?> type) {
    for (Class<?> at = type; at != null; at = at.getDeclaringClass()) {
      if (!Modifier.isPublic(at.getModifiers()) || at.isAnonymousClass() || at.isLocalClass()) {
        return false;
      }
    }
    return true;
  }
}
