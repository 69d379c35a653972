package dev.imagegen.contract;

import dev.imagegen.contract.engine.CoverageSummary;
import dev.imagegen.contract.mock.MockApi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/** A property test class with its own WireMock server, started before its tests and stopped after. */
@ExtendWith(CoverageSummary.class)
abstract class MockedApiTest {

  /** Reset by each try before it stubs anything. */
  static MockApi api;

  @BeforeAll
  static void startMock() {
    api = MockApi.start();
  }

  @AfterAll
  static void stopMock() {
    api.close();
  }
}
