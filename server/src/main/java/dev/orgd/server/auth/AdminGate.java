package dev.orgd.server.auth;

import dev.orgd.server.http.HttpHandler;
import dev.orgd.server.http.HttpRequest;
import dev.orgd.server.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The control plane behind authentication (CONTRACT section 8): with no admin token configured it
 * is off (404); otherwise a request must carry {@code Authorization: Bearer <admin token>}, and one
 * that does not is answered 401 before the control plane sees it.
 */
public final class AdminGate implements HttpHandler {
  private static final String BEARER = "Bearer ";

  private final HttpHandler controlPlane;
  private final Credentials credentials;

  public AdminGate(HttpHandler controlPlane, Credentials credentials) {
    this.controlPlane = controlPlane;
    this.credentials = credentials;
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    if (!credentials.hasAdminToken()) {
      return error(
          404,
          Map.of(),
          "the control plane is off: authentication is on and no admin token is set");
    }
    String authorization = request.header("Authorization");
    String token =
        authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? authorization.substring(BEARER.length()).strip()
            : null;
    if (!credentials.isAdminToken(token)) {
      return error(
          401,
          Map.of("WWW-Authenticate", "Bearer"),
          "the control plane needs Authorization: Bearer <admin token>");
    }
    return controlPlane.handle(request);
  }

  /**
   * The control plane's own error shape, {@code {"error": "..."}}; the messages need no escaping.
   */
  private static HttpResponse error(int status, Map<String, String> headers, String message) {
    byte[] body = ("{\"error\":\"" + message + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpResponse response = HttpResponse.json(status, body, "application/json");
    for (Map.Entry<String, String> header : headers.entrySet()) {
      response = response.withHeader(header.getKey(), header.getValue());
    }
    return response;
  }
}
