package dev.imagegen.client.testing;

import dev.imagegen.client.ModelRequest;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** Shaped like a generated Qolaba Retrofit interface. */
public interface CannyApi {
  @POST("getImagetoImage")
  Call<ResponseBody> generate(@Body ModelRequest body);
}
