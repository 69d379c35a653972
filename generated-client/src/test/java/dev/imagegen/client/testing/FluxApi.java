package dev.imagegen.client.testing;

import dev.imagegen.client.ModelRequest;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Streaming;

/** Shaped like a generated Segmind Retrofit interface. */
public interface FluxApi {
  @POST("v1/flux-schnell")
  @Streaming
  Call<ResponseBody> generate(@Body ModelRequest body);

  @POST("v2/flux-schnell")
  Call<ResponseBody> submit(@Body ModelRequest body);

  @GET("v2/requests/{request_id}/status")
  Call<ResponseBody> status(@Path("request_id") String requestId);

  @GET("v2/requests/{request_id}")
  Call<ResponseBody> result(@Path("request_id") String requestId);
}
