package dev.orgd.server.auth;

import dev.orgd.server.control.ControlPlane;
import dev.orgd.server.http.HttpHandler;
import dev.orgd.server.http.HttpRequest;
import dev.orgd.server.http.HttpResponse;
import dev.orgd.server.protocol.ErrorRenderer;

/**
 * The control plane behind authentication (CONTRACT section 8): with no admin token configured it
 * is off (404); otherwise a request must carry {@code Authorization: Bearer <admin token>}, and one
 * that does not is answered 401 before the control plane sees it. The console's static files are
 * the exception: they hold no data, and the page asks for the token before it reads any.
 */
public final class AdminGate implements HttpHandler {
  private static final String BEARER = "Bearer ";

  private final HttpHandler controlPlane;
  private final Credentials credentials;
  private final ErrorRenderer errors;

  public AdminGate(HttpHandler controlPlane, Credentials credentials, ErrorRenderer errors) {
    this.controlPlane = controlPlane;
    this.credentials = credentials;
    this.errors = errors;
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    if (!credentials.hasAdminToken()) {
      return errors.control(
          404, "the control plane is off: authentication is on and no admin token is set");
    }
    if (ControlPlane.isConsoleFile(request)) {
      return controlPlane.handle(request);
    }
    String authorization = request.header("Authorization");
    String token =
        authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
            ? authorization.substring(BEARER.length()).strip()
            : null;
    if (!credentials.isAdminToken(token)) {
      return errors
          .control(401, "the control plane needs Authorization: Bearer <admin token>")
          .withHeader("WWW-Authenticate", "Bearer");
    }
    return controlPlane.handle(request);
  }
}
