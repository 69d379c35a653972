package dev.imagegen.generator.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imagegen.generator.export.RealSpecs;
import dev.imagegen.generator.export.TestResources;
import dev.imagegen.generator.load.SpecLoader;
import org.junit.jupiter.api.Test;

/** Each case is a pair of spec folders, {@code src/test/resources/diff/<case>/{old,new}}, and its complete report. */
class SpecDiffTest {

  @Test
  void unchangedSpecsReportNoChanges() throws Exception {
    assertThat(report("unchanged")).isEqualTo("""
        No changes.
        Bump: none
        """);
    assertThat(SpecDiff.between(RealSpecs.load(), RealSpecs.load()).bump()).isEqualTo(Bump.NONE);
  }

  @Test
  void breakingChangesImplyAMajorBump() throws Exception {
    assertThat(report("breaking")).isEqualTo("""
        BREAKING acme/painter: parameter guidance: type number -> integer (changed type)
        BREAKING acme/painter: parameter height: multipleOf 8 -> 64 (narrowed range)
        BREAKING acme/painter: parameter mask added as required (newly required parameter)
        BREAKING acme/painter: parameter prompt: maxLength (none) -> 500 (narrowed range)
        BREAKING acme/painter: parameter sampler: enum value "lms" removed
        BREAKING acme/painter: parameter seed: now required (newly required parameter)
        BREAKING acme/painter: parameter steps: minimum 1 -> 2 (narrowed range)
        BREAKING acme/painter: parameter steps: maximum 8 -> 6 (narrowed range)
        BREAKING acme/painter: parameter style removed
        BREAKING acme/painter: parameter width: multipleOf (none) -> 16 (narrowed range)
        BREAKING acme/sketcher: model removed
        PATCH acme/painter: parameter steps: description changed
        Bump: major
        """);
  }

  @Test
  void additionsAndWiderRangesImplyAMinorBump() throws Exception {
    assertThat(report("minor")).isEqualTo("""
        MINOR acme/inker: model added
        MINOR acme/painter: parameter height: multipleOf 8 -> 4 (widened range)
        MINOR acme/painter: parameter negative_prompt added as optional
        MINOR acme/painter: parameter prompt: no longer required
        MINOR acme/painter: parameter sampler: enum value "dpmpp" added
        MINOR acme/painter: parameter sampler: default "euler" -> "heun" (changed default)
        MINOR acme/painter: parameter steps: minimum 1 -> (none) (removed bound)
        MINOR acme/painter: parameter steps: maximum 8 -> 10 (widened range)
        MINOR acme/painter: parameter style: maxLength 40 -> 80 (widened range)
        MINOR acme/painter: parameter width: maximum 1024 -> (none) (removed bound)
        Bump: minor
        """);
  }

  @Test
  void textsAndNotesImplyAPatchBump() throws Exception {
    assertThat(report("patch")).isEqualTo("""
        PATCH acme: title changed
        PATCH acme: note changed
        PATCH acme/painter: title changed
        PATCH acme/painter: summary changed
        PATCH acme/painter: note changed
        PATCH acme/painter: parameter seed: note changed
        PATCH acme/painter: parameter steps: description changed
        Bump: patch
        """);
  }

  @Test
  void providerProtocolChangesAreMinorAndTheirMeaningsPatches() throws Exception {
    assertThat(report("protocol")).isEqualTo("""
        MINOR acme: baseUrl "https://acme.example.com" -> "https://api.acme.example.com"
        MINOR acme: auth.env "ACME_API_KEY" -> "ACME_TOKEN"
        MINOR acme: response code 429 added
        MINOR acme: responseHeaders.remainingCredits (none) -> "x-credits"
        PATCH acme: response code 404 meaning changed
        Bump: minor
        """);
  }

  @Test
  void aRemovedFlowOrImageFormBreaksWhileQueueSettingsAndResultFieldsAreMinor() throws Exception {
    assertThat(report("async")).isEqualTo("""
        BREAKING acme/tracer: flow "async" removed
        BREAKING acme/tracer: parameter image: image form "base64" removed
        MINOR acme: async.statuses.CANCELLED (none) -> "failed"
        MINOR acme: async.pollInterval PT1S -> PT2S
        MINOR acme: async.result.outputField "output" -> "result"
        MINOR acme: async.result.mediaFields "images" added
        MINOR acme: async.result.metricsField (none) -> "metrics"
        MINOR acme: async.result.metrics.cost (none) -> "cost"
        MINOR acme/tracer: fixed field app_id "tr-1" -> "tr-2"
        PATCH acme: async.result.note changed
        PATCH acme: async.note changed
        Bump: major
        """);
  }

  @Test
  void leavingSegmindV2OrChangingTheKindOfSyncAnswerBreaksCallers() throws Exception {
    assertThat(report("answers")).isEqualTo("""
        BREAKING acme: async.protocol "segmind-v2" -> "celery"
        BREAKING acme/tracer: sync answer images -> JSON (changed type)
        MINOR acme/tracer: response content type "application/json" added
        Bump: major
        """);
  }

  @Test
  void aRemovedProviderTakesItsModelsWithIt() throws Exception {
    assertThat(report("providers")).isEqualTo("""
        BREAKING acme: provider removed
        BREAKING acme/painter: model removed
        BREAKING acme/sketcher: model removed
        MINOR zeta: provider added
        MINOR zeta/brush: model added
        Bump: major
        """);
  }

  private static String report(String fixture) throws Exception {
    return SpecDiff.between(
            SpecLoader.load(TestResources.folder("diff/" + fixture + "/old")),
            SpecLoader.load(TestResources.folder("diff/" + fixture + "/new")))
        .report();
  }
}
