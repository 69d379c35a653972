package dev.imagegen.client.internal;

import dev.imagegen.client.ClientOptions;
import dev.imagegen.client.GeneratedImage;
import dev.imagegen.client.Job;
import dev.imagegen.client.JsonResponse;
import dev.imagegen.client.ModelRequest;
import dev.imagegen.client.RequestOptions;
import java.util.function.Function;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * The shared machinery of one provider client: Retrofit, auth, error mapping, retries and polling.
 * Generated services call it; users do not.
 */
public final class ClientCore {

  public ClientCore(ClientOptions options) { throw new UnsupportedOperationException("TODO"); }

  /** An implementation of a generated Retrofit interface on this client's HTTP stack. */
  public <T> T create(Class<T> retrofitInterface) { throw new UnsupportedOperationException("TODO"); }

  /** Validates, sends once (a POST is never retried) and returns the image. */
  public GeneratedImage generateImage(ModelRequest request, Function<ModelRequest, Call<ResponseBody>> call, RequestOptions options) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Validates, sends once and returns the JSON body. */
  public JsonResponse generateJson(ModelRequest request, Function<ModelRequest, Call<ResponseBody>> call, RequestOptions options) {
    throw new UnsupportedOperationException("TODO");
  }

  /** Validates, submits once and returns the job; status and result calls are retried when safe. */
  public Job submit(
      ModelRequest request,
      Function<ModelRequest, Call<ResponseBody>> submit,
      Function<String, Call<ResponseBody>> status,
      Function<String, Call<ResponseBody>> result,
      RequestOptions options) {
    throw new UnsupportedOperationException("TODO");
  }
}
