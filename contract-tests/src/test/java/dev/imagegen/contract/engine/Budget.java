package dev.imagegen.contract.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a property's tries are spread over the models it applies to, so that a run costs the same
 * whether the specs hold 7 models or 1,000, and every model is still tried by every property.
 *
 * <ul>
 *   <li>Shared (the default): {@code -Dcontract.budget} tries per property (350), split evenly over
 *       its models in the order they are read, the first ones one more when the split is uneven, and
 *       at least one per model. A property costs {@code max(budget, models)} tries.
 *   <li>Per model ({@code -Dcontract.tries=N}; {@code -Pdeep} sets 500): N tries for every model, as
 *       deep as the models are many.
 * </ul>
 *
 * <p>A sweeping property, each of whose tries covers every case of a kind (each documented status on
 * each call), gets a tenth of either, counted in passes over the cases. When its models outnumber its
 * shared passes, each model gets one try over a slice of its cases instead: models with the same cases
 * take turns, so that together they still cover every case.
 *
 * <p>A property whose tries take real time (up to a second each, waiting out timeouts on the wall
 * clock) gets a fiftieth of either, at least one per model.
 *
 * <p>The shares are computed over every model of the specs folders, whichever ones a run selects, so
 * a replay of one model runs it exactly as the whole run did.
 */
final class Budget {

  /** The shared tries of a property: about 50 per model with the 7 models the specs had when it was set. */
  private static final int DEFAULT_SHARED_TRIES = 350;
  /** A sweeping property's passes are this share of the others' tries. */
  private static final int SWEEP_SHARE = 10;
  /** A real-time property's tries are this share of the others': 7 of the default 350, one per sync model today. */
  private static final int REAL_TIME_SHARE = 50;

  private static final String SHARED_PROPERTY = "contract.budget";
  private static final String PER_MODEL_PROPERTY = "contract.tries";

  private final int tries;
  private final boolean perModel;

  private Budget(int tries, boolean perModel) {
    this.tries = tries;
    this.perModel = perModel;
  }

  /** {@code -Dcontract.tries} when given (Maven passes it blank when not), {@code -Dcontract.budget} otherwise. */
  static Budget fromSystemProperties() {
    String perModel = System.getProperty(PER_MODEL_PROPERTY, "").trim();
    if (!perModel.isEmpty()) {
      return perModel(positive(PER_MODEL_PROPERTY, perModel));
    }
    String shared = System.getProperty(SHARED_PROPERTY, "").trim();
    return shared(shared.isEmpty() ? DEFAULT_SHARED_TRIES : positive(SHARED_PROPERTY, shared));
  }

  /** {@code tries} per property, shared by its models. */
  static Budget shared(int tries) {
    return new Budget(tries, false);
  }

  /** {@code tries} per property and model. */
  static Budget perModel(int tries) {
    return new Budget(tries, true);
  }

  /**
   * One model's part of a property: its tries, and the cases each try covers (for a sweep): every
   * {@code slices}-th case from position {@code slice} on; slice 0 of 1 is every case.
   */
  record Share(int tries, int slice, int slices) {

    private static Share whole(int tries) {
      return new Share(tries, 0, 1);
    }

    /** The cases of {@code cases} this share covers, in their order. */
    <C> List<C> of(List<C> cases) {
      List<C> covered = new ArrayList<>();
      for (int position = slice; position < cases.size(); position += slices) {
        covered.add(cases.get(position));
      }
      return covered;
    }
  }

  /** The share of each of {@code models} (those a property applies to, in reading order) of a plain property. */
  <M> Map<M, Share> tries(List<M> models) {
    return evenly(models, tries);
  }

  /** The share of each of {@code models} of a property whose tries take real time. */
  <M> Map<M, Share> realTime(List<M> models) {
    return evenly(models, Math.max(1, tries / REAL_TIME_SHARE));
  }

  /** The share of each of {@code models} of a sweeping property, whose tries each cover the model's {@code cases}. */
  <M, C> Map<M, Share> sweeps(List<M> models, Function<M, List<C>> cases) {
    int passes = Math.max(1, tries / SWEEP_SHARE);
    if (perModel || models.size() <= passes) {
      return evenly(models, passes);
    }
    // Fewer passes than models: one try each, and each group of models with the same cases shares them out.
    int slices = (models.size() + passes - 1) / passes;
    Map<List<C>, List<M>> groups = new LinkedHashMap<>();
    models.forEach(model -> groups.computeIfAbsent(cases.apply(model), same -> new ArrayList<>()).add(model));
    Map<M, Share> shares = new HashMap<>();
    groups.forEach((same, group) -> {
      int turns = Math.max(1, Math.min(slices, Math.min(group.size(), same.size())));
      for (int position = 0; position < group.size(); position++) {
        shares.put(group.get(position), new Share(1, position % turns, turns));
      }
    });
    return shares;
  }

  /** The arguments that give a replay this budget. */
  String replayArguments() {
    return "-D" + (perModel ? PER_MODEL_PROPERTY : SHARED_PROPERTY) + "=" + tries;
  }

  /** Per model: {@code total} tries each. Shared: {@code total} split evenly in order, at least one each. */
  private <M> Map<M, Share> evenly(List<M> models, int total) {
    Map<M, Share> shares = new HashMap<>();
    for (int position = 0; position < models.size(); position++) {
      int share = perModel ? total : total / models.size() + (position < total % models.size() ? 1 : 0);
      shares.put(models.get(position), Share.whole(Math.max(1, share)));
    }
    return shares;
  }

  private static int positive(String property, String value) {
    try {
      int tries = Integer.parseInt(value);
      if (tries > 0) {
        return tries;
      }
    } catch (NumberFormatException e) {
      // Reported below, as a value that is not a positive number.
    }
    throw new IllegalStateException("-D" + property + " must be a positive whole number of tries, not \"" + value + "\"");
  }
}
