package dev.imagegen.generator.load;

import java.util.List;
import java.util.Optional;

/**
 * One provider folder of a specs folder.
 *
 * @param name the folder name, which is the provider id
 * @param providerFile its {@code provider.json}, when there is one
 * @param modelFiles every other {@code .json} file, by file name
 */
record ProviderFolder(String name, Optional<SpecFile> providerFile, List<SpecFile> modelFiles) {

  ProviderFolder {
    modelFiles = List.copyOf(modelFiles);
  }
}
