package dev.imagegen.contract.engine;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prints the {@link Coverage} summary once, when the whole test run ends: the resource is kept in
 * the root context, which JUnit closes last.
 */
public final class CoverageSummary implements BeforeAllCallback {

  @Override
  public void beforeAll(ExtensionContext context) {
    context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(CoverageSummary.class, key -> new Printer(), Printer.class);
  }

  /** Closed by JUnit at the end of the run. */
  private static final class Printer implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() {
      System.out.println(Coverage.summary());
    }
  }
}
