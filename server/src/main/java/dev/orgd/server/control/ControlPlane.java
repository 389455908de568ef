package dev.orgd.server.control;

import dev.orgd.core.error.OrgdException;
import dev.orgd.core.service.ControlService;
import dev.orgd.core.service.ServicePrincipals;
import dev.orgd.core.store.Store;
import dev.orgd.server.http.HttpHandler;
import dev.orgd.server.http.HttpRequest;
import dev.orgd.server.http.HttpResponse;
import dev.orgd.server.protocol.ErrorRenderer;
import dev.orgd.server.protocol.JsonCodec;
import java.util.Map;

/**
 * The control plane of CONTRACT section 8 (not part of AWS): a route table of JSON endpoints under
 * {@code /_orgd/} (health, orgd's clock, account emails and names, quotas, service principals,
 * reset), one class each, and the console's files. Records go in and out through the {@link
 * JsonCodec}; errors are the {@link ErrorRenderer}'s: bad input 400, a missing organization 404 and
 * a store that fails 500, all {@code {"error": "..."}}, and a path that is no route an AWS-shaped
 * 404.
 */
public final class ControlPlane implements HttpHandler {
  /** Where the control plane's paths begin. */
  public static final String PREFIX = "/_orgd/";

  /** Where the console is. */
  public static final String CONSOLE = Console.PATH;

  private static final String JSON = "application/json";

  private final Map<String, ControlRoute<?>> routes;
  private final Console console = new Console();
  private final JsonCodec codec;
  private final ControlJson json;
  private final ErrorRenderer errors;

  public ControlPlane(
      ControlService control,
      ServicePrincipals principals,
      Store store,
      String version,
      JsonCodec codec) {
    this.routes = routes(control, principals, store, version);
    this.codec = codec;
    this.json = new ControlJson(codec.mapper());
    this.errors = new ErrorRenderer(codec);
  }

  /** The route table: {@code "<method> <path>"} to its endpoint. */
  private static Map<String, ControlRoute<?>> routes(
      ControlService control, ServicePrincipals principals, Store store, String version) {
    return Map.of(
        "GET /_orgd/health", new Health(store, version),
        "GET /_orgd/clock", new ReadClock(control),
        "POST /_orgd/clock", new ChangeClock(control),
        "POST /_orgd/accounts", new RegisterAccount(control),
        "POST /_orgd/quotas", new SetQuota(control),
        "POST /_orgd/service-principals", new AddServicePrincipal(principals),
        "POST /_orgd/reset", new Reset(control),
        "GET /_orgd/organizations", new ListOrganizations(control));
  }

  /**
   * Whether {@code request} asks for one of the console's static files, which hold no data: with
   * {@code --auth sigv4} the page loads without the admin token and then asks the user for it.
   */
  public static boolean isConsoleFile(HttpRequest request) {
    return "GET".equals(request.method()) && Console.owns(request.path());
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    ControlRoute<?> route = routes.get(request.method() + " " + request.path());
    if (route != null) {
      return answer(route, request);
    }
    HttpResponse file = isConsoleFile(request) ? console.file(request.path()) : null;
    return file != null ? file : errors.unknownRoute(request.method(), request.path());
  }

  /** A GET's query parameters, read as a body of string members; any other request's body. */
  private byte[] body(HttpRequest request) {
    return "GET".equals(request.method()) ? codec.encode(request.query()) : request.body();
  }

  private <I extends Record> HttpResponse answer(ControlRoute<I> route, HttpRequest request) {
    try {
      I input =
          route.requestType() == NoBody.class
              ? route.requestType().cast(new NoBody())
              : json.read(body(request), route.requestType());
      return HttpResponse.json(200, codec.encode(route.answer(input)), JSON);
    } catch (ControlError e) {
      return errors.control(e.status(), e.getMessage());
    } catch (OrgdException e) {
      // The store failed (its database is away: ServiceException) or lost a race it retried.
      return errors.control(e);
    }
  }
}
