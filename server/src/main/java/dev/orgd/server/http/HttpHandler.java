package dev.orgd.server.http;

/**
 * What the HTTP engine calls for every request. It must always return a response (it turns its own
 * failures into error responses); the engine writes a bare 500 only if it throws anyway.
 */
public interface HttpHandler {

  HttpResponse handle(HttpRequest request);

  /**
   * The answer when the worker pool is full and the request cannot even be queued. The default is a
   * bare 503; the AWS handler answers with an error that SDKs retry.
   */
  default HttpResponse overloaded() {
    return new HttpResponse(503, java.util.Map.of("Retry-After", "1"), new byte[0]);
  }
}
