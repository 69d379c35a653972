package its;

import dev.imagegen.client.acme.AlphaRequest;

/** Code of the consumer's own that uses its generated client, so the build compiles against it. */
public final class UsesTheClient {

  private UsesTheClient() {}

  /** A request for the model alpha. */
  public static AlphaRequest request() {
    return AlphaRequest.builder().prompt("a red fox").steps(30).build();
  }
}
