package dev.imagegen.contract.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.contract.engine.Budget.Share;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** How tries are spread over made-up models: the spread must not depend on the real specs. */
class BudgetTest {

  private static final List<String> CASES = List.of("a", "b", "c", "d", "e", "f", "g");

  @Test
  void sharedTriesAreSplitEvenlyTheFirstModelsTakingTheRemainder() {
    Map<String, Share> shares = Budget.shared(350).tries(models(80));
    assertThat(triesOf(shares, models(80))).containsExactlyElementsOf(
        IntStream.range(0, 80).mapToObj(position -> position < 30 ? 5 : 4).toList());
    assertThat(total(shares)).isEqualTo(350);
  }

  @Test
  void sharedTriesGiveEveryModelAtLeastOneTry() {
    Map<String, Share> shares = Budget.shared(350).tries(models(1000));
    assertThat(shares.values()).hasSize(1000).allMatch(share -> share.equals(new Share(1, 0, 1)));
  }

  @Test
  void perModelTriesGiveEveryModelAllOfThem() {
    assertThat(Budget.perModel(500).tries(models(1000)).values()).hasSize(1000).allMatch(share -> share.tries() == 500);
  }

  @Test
  void sweepsGetATenthOfTheTriesInWholePasses() {
    Map<String, Share> shares = Budget.shared(350).sweeps(models(7), model -> CASES);
    assertThat(shares.values()).hasSize(7).allMatch(share -> share.equals(new Share(5, 0, 1)));
    assertThat(Budget.perModel(500).sweeps(models(1000), model -> CASES).values()).allMatch(share -> share.equals(new Share(50, 0, 1)));
  }

  @Test
  void modelsBeyondTheSweepsPassesTakeTurnsOverTheCasesTheyShare() {
    List<String> models = models(80);
    // The last model has cases of its own; 80 models over 35 passes take 3 slices each.
    Function<String, List<String>> cases = model -> model.equals("m79") ? List.of("x", "y") : CASES;
    Map<String, Share> shares = Budget.shared(350).sweeps(models, cases);
    assertThat(shares.get("m0")).isEqualTo(new Share(1, 0, 3));
    assertThat(shares.get("m1")).isEqualTo(new Share(1, 1, 3));
    assertThat(shares.get("m2")).isEqualTo(new Share(1, 2, 3));
    assertThat(shares.get("m3")).isEqualTo(new Share(1, 0, 3));
    assertThat(shares.get("m79")).as("alone with its cases").isEqualTo(new Share(1, 0, 1));
    List<String> covered = new ArrayList<>();
    models.subList(0, 79).forEach(model -> covered.addAll(shares.get(model).of(CASES)));
    assertThat(covered).containsAll(CASES);
  }

  @Test
  void aShareCoversEverySlicesThCaseFromItsSliceOn() {
    assertThat(new Share(1, 1, 3).of(CASES)).containsExactly("b", "e");
    assertThat(new Share(1, 0, 1).of(CASES)).isEqualTo(CASES);
  }

  @Test
  void realTimePropertiesGetAFiftiethOfTheTriesAtLeastOnePerModel() {
    assertThat(total(Budget.shared(350).realTime(models(3)))).isEqualTo(7);
    assertThat(Budget.shared(350).realTime(models(1000)).values()).hasSize(1000).allMatch(share -> share.tries() == 1);
    assertThat(Budget.perModel(500).realTime(models(4)).values()).allMatch(share -> share.tries() == 10);
  }

  @Test
  void aReplayKeepsTheBudget() {
    assertThat(Budget.shared(350).replayArguments()).isEqualTo("-Dcontract.budget=350");
    assertThat(Budget.perModel(500).replayArguments()).isEqualTo("-Dcontract.tries=500");
  }

  private static List<String> models(int count) {
    return IntStream.range(0, count).mapToObj(position -> "m" + position).toList();
  }

  private static List<Integer> triesOf(Map<String, Share> shares, List<String> models) {
    return models.stream().map(model -> shares.get(model).tries()).toList();
  }

  private static int total(Map<String, Share> shares) {
    return shares.values().stream().mapToInt(Share::tries).sum();
  }
}
