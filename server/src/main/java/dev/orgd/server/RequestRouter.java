package dev.orgd.server;

import dev.orgd.core.error.OrgdException;
import dev.orgd.server.control.ControlPlane;
import dev.orgd.server.http.HttpHandler;
import dev.orgd.server.http.HttpRequest;
import dev.orgd.server.http.HttpResponse;
import dev.orgd.server.protocol.AwsJsonDispatcher;
import dev.orgd.server.protocol.ErrorRenderer;
import dev.orgd.server.protocol.JsonCodec;
import dev.orgd.server.protocol.RequestIds;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@code POST /} with an {@code X-Amz-Target} to the AWS protocol, paths under {@code
 * /_orgd/} to the control plane (CONTRACT section 8), {@code GET /} to the console (a redirect) and
 * anything else to an AWS-shaped 404 that SDKs parse. Whatever goes wrong, the answer is a
 * response.
 */
final class RequestRouter implements HttpHandler {
  private static final Logger LOG = LoggerFactory.getLogger(RequestRouter.class);

  /** A browser that opens orgd's address finds the console. */
  private static final HttpResponse CONSOLE_REDIRECT =
      new HttpResponse(
          302,
          Map.of("Location", ControlPlane.CONSOLE + "/", "Content-Type", "text/plain"),
          new byte[0]);

  private final AwsJsonDispatcher aws;
  private final HttpHandler control;
  private final ErrorRenderer errors;

  RequestRouter(AwsJsonDispatcher aws, HttpHandler control, JsonCodec codec) {
    this.aws = aws;
    this.control = control;
    this.errors = new ErrorRenderer(codec);
  }

  static boolean isAws(HttpRequest request) {
    return "POST".equals(request.method())
        && "/".equals(request.path())
        && request.header("X-Amz-Target") != null;
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    try {
      if (isAws(request)) {
        return aws.handle(request);
      }
      HttpResponse response;
      if (request.path().startsWith(ControlPlane.PREFIX)) {
        response = control.handle(request);
      } else if ("GET".equals(request.method()) && "/".equals(request.path())) {
        response = CONSOLE_REDIRECT;
      } else {
        response = errors.unknownRoute(request.method(), request.path());
      }
      return response.withHeader(AwsJsonDispatcher.REQUEST_ID_HEADER, RequestIds.next());
    } catch (RuntimeException | StackOverflowError e) {
      LOG.error("{} {} failed", request.method(), request.path(), e);
      return errors
          .render(OrgdException.service("orgd failed to answer this request."))
          .withHeader(AwsJsonDispatcher.REQUEST_ID_HEADER, RequestIds.next());
    }
  }

  @Override
  public HttpResponse overloaded() {
    return aws.overloaded();
  }

  @Override
  public HttpResponse refused(int status, String why) {
    return aws.refused(status, why);
  }
}
