package dev.imagegen.contract.engine;

import dev.imagegen.contract.spec.ModelUnderTest;
import dev.imagegen.contract.spec.SpecFolders;
import java.util.List;
import org.quicktheories.api.AsString;
import org.quicktheories.core.ExceptionReporter;
import org.quicktheories.core.Reporter;

/**
 * QuickTheories' report of a falsified property (the shrunk counterexample, other counterexamples,
 * the seed), or of a generator whose assumptions refused every value, headed by the property and
 * model, and ended by a one-line command that replays it. A
 * try that hung is reported as it was, since QuickTheories' shrinking cannot run it again.
 */
final class ReplayReporter implements Reporter {

  private static final int OTHERS_SHOWN = 3;

  private final Reporter standard = new ExceptionReporter();
  private final Property property;
  private final ModelUnderTest model;
  private final Budget budget;
  private final BoundedTries<?> tries;
  private final long seed;

  /** @param seed the seed of the run, for a report that QuickTheories gives without one */
  ReplayReporter(Property property, ModelUnderTest model, Budget budget, BoundedTries<?> tries, long seed) {
    this.property = property;
    this.model = model;
    this.budget = budget;
    this.tries = tries;
    this.seed = seed;
  }

  @Override
  public void falisification(long seed, int examples, Object smallest, Throwable cause, List<Object> others,
      AsString<Object> toString) {
    reportHung(seed, toString);
    try {
      standard.falisification(seed, examples, smallest, cause, few(others), toString);
    } catch (AssertionError report) {
      throw explained(seed, report.getMessage(), report);
    }
  }

  @Override
  public void falisification(long seed, int examples, Object smallest, List<Object> others, AsString<Object> toString) {
    reportHung(seed, toString);
    try {
      standard.falisification(seed, examples, smallest, few(others), toString);
    } catch (AssertionError report) {
      throw explained(seed, report.getMessage(), report);
    }
  }

  /** The generator's assumptions refused every value it tried: reported, like a falsification, with the replay line. */
  @Override
  public void valuesExhausted(int examples) {
    try {
      standard.valuesExhausted(examples);
    } catch (IllegalStateException gaveUp) {
      throw explained(seed, gaveUp.getMessage(), null);
    }
  }

  /** Throws the report of the try that did not finish, if one did not. */
  private void reportHung(long seed, AsString<Object> toString) {
    tries.hung().ifPresent(value -> {
      throw explained(seed, "A try did not finish within " + BoundedTries.LIMIT.toSeconds() + " s (an answer or a wait"
          + " that never comes?):\n" + toString.asString(value) + "\nSeed was " + seed, null);
    });
  }

  /** The first few other counterexamples: the smallest one tells most, and each may be long. */
  private static List<Object> few(List<Object> others) {
    return others.subList(0, Math.min(OTHERS_SHOWN, others.size()));
  }

  private AssertionError explained(long seed, String report, AssertionError standardReport) {
    // The same folders, budget and seed give the model the same tries with the same values: the same counterexample.
    String replay = "mvn -B -pl contract-tests -am verify -Dsurefire.failIfNoSpecifiedTests=false"
        + " -Dtest=" + property.testClass().getSimpleName() + " " + Selection.replayArguments(model)
        + " -DQT_SEED=" + seed + " " + budget.replayArguments() + " -Dimagegen.specs=" + SpecFolders.specs();
    AssertionError explained = new AssertionError("Property \"" + property.name() + "\" is false for " + model.id()
        + " (spec folder " + model.folder() + ")\n" + report + "\nReplay: " + replay,
        standardReport == null ? null : standardReport.getCause());
    if (standardReport != null) {
      explained.setStackTrace(standardReport.getStackTrace());
    }
    return explained;
  }
}
