package dev.imagegen.contract.engine;

import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.contract.spec.SpecFolders;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.quicktheories.core.Gen;

/**
 * A named property, run for every model of every specs folder as one dynamic test per model: no
 * test names a model, so a spec dropped into a folder is covered with no Java edit. The {@link
 * Budget} says how many tries each model gets.
 *
 * <pre>{@code
 * static final Property SERIALISES = new Property(MyTest.class, "a. valid requests serialise to schema-valid JSON");
 *
 * @TestFactory Stream<DynamicTest> validRequestsSerialise() {
 *   return SERIALISES.forEachModel(Applies.ALWAYS, ValidRequests::of, (model, request) -> ...);
 * }
 * }</pre>
 */
public record Property(Class<?> testClass, String name) {

  /** Which models a property applies to, and what the others lack. */
  public record Applies(Predicate<ModelUnderTest> test, String otherwise) {
    public static final Applies ALWAYS = new Applies(model -> true, "");
    public static final Applies SYNC = new Applies(ModelUnderTest::hasSync, "has no sync call");
    public static final Applies V2 = new Applies(model -> model.v2().isPresent(), "has no v2 (submit and poll) flow");
    public static final Applies SYNC_IMAGES = new Applies(model -> model.hasSync() && model.model().answersWithImages(),
        "has no sync call that answers with an image");
  }

  /** A check of one case of a sweep, such as one documented status answered to one call. */
  @FunctionalInterface
  public interface CaseCheck<C, T> {
    void accept(ModelUnderTest model, C kase, T value);
  }

  /** Each try checks one value of {@code values} for the model. */
  public <T> Stream<DynamicTest> forEachModel(Applies applies, Function<ModelUnderTest, Gen<T>> values,
      BiConsumer<ModelUnderTest, T> check) {
    Budget budget = Budget.fromSystemProperties();
    return tests(applies, budget, budget.tries(applicable(applies)), Trials.SHRINK_CYCLES, values,
        (model, share) -> value -> check.accept(model, value));
  }

  /**
   * Each try checks one value of {@code values} for the model, on the wall clock: a try may take up to a
   * second, so the property gets few tries (see {@link Budget}) and shrinks a counterexample briefly.
   */
  public <T> Stream<DynamicTest> forEachModelInRealTime(Applies applies, Function<ModelUnderTest, Gen<T>> values,
      BiConsumer<ModelUnderTest, T> check) {
    Budget budget = Budget.fromSystemProperties();
    return tests(applies, budget, budget.realTime(applicable(applies)), Trials.REAL_TIME_SHRINK_CYCLES, values,
        (model, share) -> value -> check.accept(model, value));
  }

  /**
   * Each try checks one value of {@code values} with every case of the model's {@code cases} (its
   * share of them, when the budget has fewer passes than models), reporting the case that failed.
   */
  public <C, T> Stream<DynamicTest> forEachModelSweeping(Applies applies, Function<ModelUnderTest, List<C>> cases,
      Function<ModelUnderTest, Gen<T>> values, CaseCheck<C, T> check) {
    Budget budget = Budget.fromSystemProperties();
    return tests(applies, budget, budget.sweeps(applicable(applies), cases), Trials.SHRINK_CYCLES, values, (model, share) -> {
      List<C> covered = share.of(cases.apply(model));
      return value -> covered.forEach(kase -> {
        try {
          check.accept(model, kase, value);
        } catch (AssertionError e) {
          throw new AssertionError(kase + ": " + e.getMessage(), e);
        }
      });
    });
  }

  /** The models of every folder this property applies to, in reading order: the budget is spread over them all. */
  private static List<ModelUnderTest> applicable(Applies applies) {
    return SpecFolders.models().stream().filter(applies.test()).toList();
  }

  /** The tries of each selected model; {@code tryOf} gives what one try of a model checks, given its share. */
  private <T> Stream<DynamicTest> tests(Applies applies, Budget budget, Map<ModelUnderTest, Budget.Share> shares,
      int shrinkCycles, Function<ModelUnderTest, Gen<T>> values, BiFunction<ModelUnderTest, Budget.Share, Consumer<T>> tryOf) {
    return Selection.models().stream().map(model -> DynamicTest.dynamicTest(model.id(), () -> {
      if (!applies.test().test(model)) {
        Coverage.notApplicable(name, model);
        Assumptions.abort(model.id() + " " + applies.otherwise());
      }
      Budget.Share share = shares.get(model);
      Trials.check(this, model, budget, share.tries(), shrinkCycles, values.apply(model), tryOf.apply(model, share));
    }));
  }
}
