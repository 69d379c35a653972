package dev.imagegen.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/** Adds {@code <header>: [<scheme> ]<key>} to every request; the key never goes into a URL. */
final class AuthInterceptor implements Interceptor {

  private final String header;
  private final String value;

  AuthInterceptor(ProviderDescriptor provider, String apiKey) {
    this.header = provider.authHeader();
    this.value = provider.authScheme().map(scheme -> scheme + ' ' + apiKey).orElse(apiKey);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    return chain.proceed(chain.request().newBuilder().header(header, value).build());
  }

  @Override
  public String toString() {
    return "AuthInterceptor{" + header + ": " + Redactor.MASK + '}';
  }
}
