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
import dev.orgd.server.protocol.ServiceModel;
import dev.orgd.server.snapshot.StateSnapshots;
import dev.orgd.server.testkit.Faults;
import dev.orgd.server.testkit.Journal;
import dev.orgd.server.testkit.Metrics;
import dev.orgd.server.testkit.Testkit;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

  /**
   * The routes, for {@code --help}: {@code "<method> <path>"} and what it does, in the order the
   * README documents them ({@code ControlPlaneTest} keeps this and the route table the same).
   */
  public static final List<String> ROUTES =
      List.of(
          "GET /_orgd/health          the server's status, storage and version",
          "GET /_orgd/clock           orgd's clock",
          "POST /_orgd/clock          moves, sets or freezes orgd's clock",
          "POST /_orgd/accounts       registers an account's email and name",
          "POST /_orgd/quotas         sets an organization's account quota",
          "POST /_orgd/service-principals  recognizes another service principal",
          "POST /_orgd/reset          forgets everything (faults and journal too)",
          "POST /_orgd/faults         adds a fault rule (error, delay, empty pages)",
          "GET /_orgd/faults          the fault rules and how often each fired",
          "DELETE /_orgd/faults       removes every fault rule",
          "GET /_orgd/requests        recent AWS calls, newest first (?operation= ?account="
              + " ?outcome=)",
          "DELETE /_orgd/requests     empties the request journal",
          "GET /_orgd/state           exports the whole state as one versioned JSON document",
          "POST /_orgd/state          replaces the whole state with such a document",
          "GET /_orgd/metrics         metrics in the Prometheus text format",
          "GET /_orgd/organizations   every organization with its counts (the console's list)");

  public ControlPlane(
      ControlService control,
      ServicePrincipals principals,
      Store store,
      String version,
      JsonCodec codec) {
    this(
        control,
        principals,
        store,
        version,
        codec,
        new Testkit(new Faults(ServiceModel.load(), Set.of()), new Journal(false), new Metrics()),
        new StateSnapshots(store, version));
  }

  /**
   * @param testkit the server's faults, journal and metrics
   * @param state the state snapshots of {@code store}
   */
  public ControlPlane(
      ControlService control,
      ServicePrincipals principals,
      Store store,
      String version,
      JsonCodec codec,
      Testkit testkit,
      StateSnapshots state) {
    this.routes = routes(control, principals, store, version, testkit, state);
    this.codec = codec;
    this.json = new ControlJson(codec.mapper());
    this.errors = new ErrorRenderer(codec);
  }

  /** The route table: {@code "<method> <path>"} to its endpoint. */
  private static Map<String, ControlRoute<?>> routes(
      ControlService control,
      ServicePrincipals principals,
      Store store,
      String version,
      Testkit testkit,
      StateSnapshots state) {
    return Map.ofEntries(
        Map.entry("GET /_orgd/health", new Health(store, version)),
        Map.entry("GET /_orgd/clock", new ReadClock(control)),
        Map.entry("POST /_orgd/clock", new ChangeClock(control)),
        Map.entry("POST /_orgd/accounts", new RegisterAccount(control)),
        Map.entry("POST /_orgd/quotas", new SetQuota(control)),
        Map.entry("POST /_orgd/service-principals", new AddServicePrincipal(principals)),
        Map.entry("POST /_orgd/reset", new Reset(control, testkit)),
        Map.entry("POST /_orgd/faults", new AddFault(testkit.faults())),
        Map.entry("GET /_orgd/faults", new ListFaults(testkit.faults())),
        Map.entry("DELETE /_orgd/faults", new ClearFaults(testkit.faults())),
        Map.entry("GET /_orgd/requests", new ReadRequests(testkit.journal())),
        Map.entry("DELETE /_orgd/requests", new ClearRequests(testkit.journal())),
        Map.entry("GET /_orgd/state", new ExportState(state)),
        Map.entry("POST /_orgd/state", new ImportState(state)),
        Map.entry("GET /_orgd/metrics", new ReadMetrics(testkit.metrics())),
        Map.entry("GET /_orgd/organizations", new ListOrganizations(control)));
  }

  /** The route table's keys, {@code "<method> <path>"} (for tests of the help text). */
  public Set<String> routeKeys() {
    return routes.keySet();
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
      Record answer = route.answer(input, request.query());
      return answer instanceof ControlRoute.Text text
          ? new HttpResponse(200, Map.of("Content-Type", text.contentType()), text.body())
          : HttpResponse.json(200, codec.encode(answer), JSON);
    } catch (ControlError e) {
      return errors.control(e.status(), e.getMessage());
    } catch (OrgdException e) {
      // The store failed (its database is away: ServiceException) or lost a race it retried.
      return errors.control(e);
    }
  }
}
