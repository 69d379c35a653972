package dev.imagegen.generator.load;

import dev.imagegen.generator.spec.Flow;
import dev.imagegen.generator.spec.ModelSpec;
import dev.imagegen.generator.spec.ProviderSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks what the models of a provider need from it and from each other: an async block for a model
 * with the async flow; one kind of sync answer (images or JSON) for all models with the sync flow,
 * because the client's {@code generate(modelId, params)} has one return type; and, when the sync path
 * has no {@code {model}}, fixed fields that tell the models apart (Qolaba's {@code app_id}).
 */
final class ProviderModelChecks {

  private static final String MODEL_PLACEHOLDER = "{model}";

  private ProviderModelChecks() {}

  /** {@code models} in file order. */
  static void check(ProviderSpec provider, List<ModelSpec> models, ErrorCollector errors) {
    if (models.size() > SpecLimits.MODELS_PER_PROVIDER) {
      errors.add(provider.location(), "the provider has " + models.size() + " models; at most " + SpecLimits.MODELS_PER_PROVIDER
          + " fit in one generated client, so split them into two providers");
    }
    List<ModelSpec> syncModels = new ArrayList<>();
    for (ModelSpec model : models) {
      if (model.supports(Flow.ASYNC) && provider.async().isEmpty()) {
        errors.add(model.location().child("flows"), "\"async\" needs an async block in " + provider.location().file());
      }
      if (model.supports(Flow.SYNC)) {
        checkSharedPath(provider, model, syncModels, errors);
        syncModels.add(model);
      }
    }
    checkSyncAnswers(syncModels, errors);
  }

  /**
   * The sync models answer alike. Those answering unlike most of the others are reported (on a tie,
   * those unlike the first), so that a model just added is blamed rather than the ones already there.
   */
  private static void checkSyncAnswers(List<ModelSpec> syncModels, ErrorCollector errors) {
    if (syncModels.isEmpty()) {
      return;
    }
    long withImages = syncModels.stream().filter(ModelSpec::answersWithImages).count();
    long withJson = syncModels.size() - withImages;
    boolean imagesRule = withImages != withJson ? withImages > withJson : syncModels.get(0).answersWithImages();
    ModelSpec example = syncModels.stream().filter(model -> model.answersWithImages() == imagesRule).findFirst().orElseThrow();
    syncModels.stream().filter(model -> model.answersWithImages() != imagesRule).forEach(model ->
        errors.add(model.location().child("responseContentTypes"), "the sync call answers with " + answer(model)
            + ", but " + SpecValues.show(example.id()) + " answers with " + answer(example)
            + "; the sync models of one provider answer alike, since generate(modelId, params) has one return type"));
  }

  private static void checkSharedPath(ProviderSpec provider, ModelSpec model, List<ModelSpec> earlier, ErrorCollector errors) {
    String path = provider.sync().path();
    if (path.contains(MODEL_PLACEHOLDER)) {
      return;
    }
    Optional<ModelSpec> twin = earlier.stream().filter(other -> other.fixedFields().equals(model.fixedFields())).findFirst();
    twin.ifPresent(other -> errors.add(model.location().child("fixedFields"), "shares the sync path " + path
        + " with " + SpecValues.show(other.id()) + " and has the same fixed fields, so the server cannot tell them"
        + " apart; give each model a fixed field such as an app id"));
  }

  private static String answer(ModelSpec model) {
    return model.answersWithImages() ? "images" : "JSON";
  }
}
