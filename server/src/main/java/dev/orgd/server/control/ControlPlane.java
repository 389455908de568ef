package dev.orgd.server.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Account;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.Organization;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.service.ClockView;
import dev.orgd.core.service.ControlService;
import dev.orgd.core.store.Store;
import dev.orgd.server.http.HttpHandler;
import dev.orgd.server.http.HttpRequest;
import dev.orgd.server.http.HttpResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The control plane of CONTRACT section 8 (not part of AWS): health, orgd's clock, account emails
 * and names, quotas and reset, as JSON under {@code /_orgd/}. Bad input is 400, an unknown path 404
 * and a store that fails (its database is unreachable) 500, all with {@code {"error": "..."}}.
 */
public final class ControlPlane implements HttpHandler {
  private static final String JSON = "application/json";

  /**
   * The span orgd's clock may be set in: timestamps go out as epoch seconds, which SDKs turn into
   * dates of years up to 9999 (Python's datetime), and before 1970 they would be negative.
   */
  static final Instant EARLIEST = Instant.EPOCH;

  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999Z");

  private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

  private final ControlService control;
  private final Store store;
  private final String version;
  private final ObjectMapper mapper;

  public ControlPlane(ControlService control, Store store, String version, ObjectMapper mapper) {
    this.control = control;
    this.store = store;
    this.version = version;
    this.mapper = mapper;
  }

  @Override
  public HttpResponse handle(HttpRequest request) {
    try {
      return route(request);
    } catch (BadRequest e) {
      return error(400, e.getMessage());
    } catch (OrgdException e) {
      // The store failed (its database is away: ServiceException) or lost a race it retried.
      return error(status(e.code()), e.getMessage());
    }
  }

  private static int status(ErrorCode code) {
    return switch (code) {
      case SERVICE -> 500;
      case CONCURRENT_MODIFICATION -> 409;
      default -> 400;
    };
  }

  private HttpResponse route(HttpRequest request) {
    String route = request.method() + " " + request.path();
    return switch (route) {
      case "GET /_orgd/health" -> health();
      case "GET /_orgd/clock" -> ok(clock(control.clock()));
      case "POST /_orgd/clock" -> ok(clock(changeClock(body(request, "advance", "set", "freeze"))));
      case "POST /_orgd/accounts" -> registerAccount(body(request, "AccountId", "Email", "Name"));
      case "POST /_orgd/quotas" -> setQuota(body(request, "OrganizationId", "MaxAccounts"));
      case "POST /_orgd/reset" -> reset();
      default -> error(404, "no control-plane route " + route);
    };
  }

  private HttpResponse health() {
    ObjectNode body = mapper.createObjectNode();
    body.put("status", "ok");
    body.put("storage", store.kind());
    body.put("version", version);
    body.put("schemaVersion", store.schemaVersion());
    return ok(body);
  }

  private ClockView changeClock(JsonNode body) {
    if (body.size() == 0) {
      throw new BadRequest("expected \"advance\", \"set\" or \"freeze\"");
    }
    if (body.has("advance") && body.has("set")) {
      throw new BadRequest("give either \"advance\" or \"set\", not both");
    }
    Boolean freeze = body.has("freeze") ? bool(body, "freeze") : null;
    if (body.has("advance")) {
      ClockView moved = control.advance(forward(duration(text(body, "advance"))));
      return freeze == null ? moved : control.set(null, freeze);
    }
    if (body.has("set")) {
      // A clock that is set keeps running from there unless asked to freeze (CONTRACT section 8).
      return control.set(within(instant(text(body, "set"))), freeze != null && freeze);
    }
    return control.set(null, freeze);
  }

  private ObjectNode clock(ClockView view) {
    ObjectNode body = mapper.createObjectNode();
    body.put("now", BigDecimal.valueOf(view.now().toEpochMilli(), 3));
    body.put("frozen", view.frozen());
    return body;
  }

  private HttpResponse registerAccount(JsonNode body) {
    String id = required(body, "AccountId");
    if (!AccountId.isValid(id)) {
      throw new BadRequest("AccountId must be 12 digits");
    }
    String email = optionalText(body, "Email");
    if (email != null
        && (email.length() < 6 || email.length() > 64 || !EMAIL.matcher(email).matches())) {
      throw new BadRequest("Email must be an email address of 6 to 64 characters");
    }
    String name = optionalText(body, "Name");
    if (name != null && (name.isEmpty() || name.length() > 128)) {
      throw new BadRequest("Name must have 1 to 128 characters");
    }
    Account account;
    try {
      account = control.registerAccount(new AccountId(id), email, name);
    } catch (IllegalArgumentException e) {
      throw new BadRequest(e.getMessage());
    }
    ObjectNode out = mapper.createObjectNode();
    out.put("AccountId", account.id().value());
    out.put("Email", account.email());
    out.put("Name", account.name());
    if (account.organizationId() != null) {
      out.put("OrganizationId", account.organizationId().value());
    }
    return ok(out);
  }

  private HttpResponse setQuota(JsonNode body) {
    String id = required(body, "OrganizationId");
    if (!OrganizationId.isValid(id)) {
      throw new BadRequest("OrganizationId must look like o-xxxxxxxxxx");
    }
    JsonNode max = body.get("MaxAccounts");
    if (max == null || !max.isIntegralNumber() || !max.canConvertToInt() || max.intValue() < 1) {
      throw new BadRequest("MaxAccounts must be a positive integer");
    }
    Optional<Organization> org = control.setQuota(new OrganizationId(id), max.intValue());
    if (org.isEmpty()) {
      return error(404, "no organization " + id);
    }
    ObjectNode out = mapper.createObjectNode();
    out.put("OrganizationId", org.get().id().value());
    out.put("MaxAccounts", org.get().maxAccounts());
    return ok(out);
  }

  private HttpResponse reset() {
    control.reset();
    return ok(mapper.createObjectNode());
  }

  // --- JSON in ---------------------------------------------------------------------------------

  /** The body as a JSON object whose members are all among {@code allowed}; empty means {}. */
  private JsonNode body(HttpRequest request, String... allowed) {
    JsonNode body;
    try {
      body =
          request.bodyLength() == 0 ? mapper.createObjectNode() : mapper.readTree(request.body());
    } catch (JsonProcessingException e) {
      throw new BadRequest("the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new BadRequest("the body cannot be read");
    }
    if (body == null || !body.isObject()) {
      throw new BadRequest("the body must be a JSON object");
    }
    Set<String> known = Set.of(allowed);
    for (Map.Entry<String, JsonNode> member : body.properties()) {
      if (!known.contains(member.getKey())) {
        throw new BadRequest("unknown member \"" + member.getKey() + "\"; expected " + known);
      }
    }
    return body;
  }

  private static String required(JsonNode body, String member) {
    String value = optionalText(body, member);
    if (value == null) {
      throw new BadRequest(member + " is required");
    }
    return value;
  }

  private static String optionalText(JsonNode body, String member) {
    JsonNode value = body.get(member);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new BadRequest(member + " must be a string");
    }
    return value.textValue();
  }

  private static String text(JsonNode body, String member) {
    return required(body, member);
  }

  private static boolean bool(JsonNode body, String member) {
    JsonNode value = body.get(member);
    if (!value.isBoolean()) {
      throw new BadRequest(member + " must be true or false");
    }
    return value.booleanValue();
  }

  private static Duration duration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadRequest("advance must be an ISO-8601 duration such as P15DT1S: " + text);
    }
  }

  /**
   * {@code by} if it moves the clock forward and keeps it before {@link #LATEST}. Moving back is
   * what {@code set} is for, so that an {@code advance} with a slipped sign fails loudly.
   */
  private Duration forward(Duration by) {
    if (by.isNegative()) {
      throw new BadRequest("advance must not be negative; use \"set\" to move the clock back");
    }
    Instant now = control.clock().now();
    if (by.compareTo(Duration.between(now, LATEST)) > 0) {
      throw new BadRequest("advance would move the clock past " + LATEST);
    }
    return by;
  }

  private static Instant within(Instant to) {
    if (to.isBefore(EARLIEST) || to.isAfter(LATEST)) {
      throw new BadRequest("set must be between " + EARLIEST + " and " + LATEST);
    }
    return to;
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadRequest("set must be an ISO-8601 instant such as 2030-01-01T00:00:00Z: " + text);
    }
  }

  // --- JSON out --------------------------------------------------------------------------------

  private HttpResponse ok(JsonNode body) {
    return json(200, body);
  }

  private HttpResponse error(int status, String message) {
    ObjectNode body = mapper.createObjectNode();
    body.put("error", message);
    return json(status, body);
  }

  private HttpResponse json(int status, JsonNode body) {
    try {
      return HttpResponse.json(status, mapper.writeValueAsBytes(body), JSON);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class BadRequest extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadRequest(String message) {
      super(message, null, false, false);
    }
  }
}
