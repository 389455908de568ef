package dev.orgd.server.http;

import java.util.Map;

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
    return new HttpResponse(503, Map.of("Retry-After", "1"), new byte[0]);
  }

  /**
   * The answer to a request the engine refused before it reached {@link #handle}: one that is not
   * HTTP ({@code status} 400) or whose body is over the limit (413); the engine then closes the
   * connection. The default is a bare response with that status.
   */
  default HttpResponse refused(int status, String why) {
    return new HttpResponse(status, Map.of(), new byte[0]);
  }
}
