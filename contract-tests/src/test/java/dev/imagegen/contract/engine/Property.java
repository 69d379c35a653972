package dev.imagegen.contract.engine;

import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.contract.spec.SpecFolders;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.quicktheories.core.Gen;

/**
 * A named property, run for every model of every specs folder as one dynamic test per model: no
 * test names a model, so a spec dropped into a folder is covered with no Java edit.
 *
 * <pre>{@code
 * static final Property SERIALISES = new Property(MyTest.class, "a. valid requests serialise to schema-valid JSON");
 *
 * @TestFactory Stream<DynamicTest> validRequestsSerialise() {
 *   return SERIALISES.forEachModel(Applies.ALWAYS, ValidRequests::of, (model, request) -> ...);
 * }
 * }</pre>
 *
 * @param triesShare the property runs {@code 1/triesShare} of the tries (at least one): more than 1
 *     for a property whose every try sweeps many cases
 */
public record Property(Class<?> testClass, String name, int triesShare) {

  /** A sweeping property's tries are this share of the others'. */
  private static final int SWEEP_SHARE = 10;

  /** Which models a property applies to, and what the others lack. */
  public record Applies(Predicate<ModelUnderTest> test, String otherwise) {
    public static final Applies ALWAYS = new Applies(model -> true, "");
    public static final Applies SYNC = new Applies(ModelUnderTest::hasSync, "has no sync call");
    public static final Applies V2 = new Applies(model -> model.v2().isPresent(), "has no v2 (submit and poll) flow");
  }

  /** A property that runs every try. */
  public Property(Class<?> testClass, String name) {
    this(testClass, name, 1);
  }

  /** A property each of whose tries covers every case of a kind, such as every documented status: it runs a tenth of the tries. */
  public static Property sweeping(Class<?> testClass, String name) {
    return new Property(testClass, name, SWEEP_SHARE);
  }

  public <T> Stream<DynamicTest> forEachModel(Applies applies, Function<ModelUnderTest, Gen<T>> values,
      BiConsumer<ModelUnderTest, T> check) {
    return SpecFolders.models().stream().map(model -> DynamicTest.dynamicTest(model.id(), () -> {
      if (!applies.test().test(model)) {
        Coverage.notApplicable(name, model);
        Assumptions.abort(model.id() + " " + applies.otherwise());
      }
      int tries = Math.max(1, Trials.tries() / triesShare);
      Trials.check(testClass, name, model, tries, values.apply(model), value -> check.accept(model, value));
    }));
  }
}
