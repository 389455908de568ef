package dev.orgd.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for orgd's jar in the harness's own tests: takes orgd's command line and answers the
 * operations the benchmark sends, with AWS-shaped JSON. JDK only, so that a manifest-only jar can
 * launch it. {@code --seeded N} starts it with an organization and N handshakes.
 */
public final class FakeOrgd {

  static final String SEEDED_MANAGEMENT_ACCOUNT = "999999999999";

  private static final Pattern AKID = Pattern.compile("Credential=([0-9]{12})/");
  private static final Pattern ACCOUNT = Pattern.compile("\"Id\"\\s*:\\s*\"([0-9]{12})\"");
  private static final Pattern HANDSHAKE = Pattern.compile("\"HandshakeId\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern MAX = Pattern.compile("\"MaxResults\"\\s*:\\s*([0-9]+)");

  private String management;
  private final Map<String, String[]> handshakes = new LinkedHashMap<>(); // id -> {account, state}

  public static void main(String[] args) throws IOException {
    Map<String, String> flags = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      flags.put(args[i], args[i + 1]);
    }
    String storage = flags.get("--storage");
    if (storage.equals("sqlite") && !Files.isDirectory(Path.of(flags.get("--data-dir")))) {
      throw new IllegalArgumentException("sqlite needs an existing --data-dir");
    }
    if (storage.equals("postgres") && !flags.get("--jdbc-url").startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("postgres needs --jdbc-url");
    }
    FakeOrgd orgd = new FakeOrgd();
    if (flags.containsKey("--seeded")) {
      orgd.management = SEEDED_MANAGEMENT_ACCOUNT;
      for (long i = 0; i < Long.parseLong(flags.get("--seeded")); i++) {
        orgd.handshakes.put(
            "h-seed" + i, new String[] {String.format("%012d", 500_000_000_000L + i), "OPEN"});
      }
    }
    // The JDK server writes head and body apart; without this, Nagle meets delayed ACKs (40 ms).
    System.setProperty("sun.net.httpserver.nodelay", "true");
    int port = Integer.parseInt(flags.get("--port"));
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
    server.createContext("/", orgd::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (exchange.getRequestURI().getPath().equals("/_orgd/quotas")) {
      byte[] quota = body.getBytes(StandardCharsets.UTF_8); // echoes the quota, as orgd does
      exchange.sendResponseHeaders(body.contains("\"MaxAccounts\"") ? 200 : 400, quota.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(quota);
      }
      return;
    }
    String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
    Matcher akid =
        AKID.matcher(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
    String caller = akid.find() ? akid.group(1) : "";
    String operation = target == null ? "" : target.substring(target.indexOf('.') + 1);
    String[] answer;
    synchronized (this) {
      answer = answer(operation, caller, body);
    }
    byte[] bytes = answer[1].getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
    exchange.sendResponseHeaders(Integer.parseInt(answer[0]), bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private String[] answer(String operation, String caller, String body) {
    switch (operation) {
      case "CreateOrganization":
        if (management != null) {
          return error("AlreadyInOrganizationException");
        }
        management = caller;
        return ok(organization());
      case "DescribeOrganization":
        return management == null ? error("AWSOrganizationsNotInUseException") : ok(organization());
      case "InviteAccountToOrganization":
        {
          Matcher account = ACCOUNT.matcher(body);
          if (!caller.equals(management) || !account.find()) {
            return error("AccessDeniedException");
          }
          String id = "h-" + Integer.toHexString(handshakes.size() + 0x10000000);
          handshakes.put(id, new String[] {account.group(1), "OPEN"});
          return ok("{\"Handshake\":" + handshake(id) + "}");
        }
      case "AcceptHandshake":
        {
          Matcher id = HANDSHAKE.matcher(body);
          if (!id.find() || !handshakes.containsKey(id.group(1))) {
            return error("HandshakeNotFoundException");
          }
          String[] h = handshakes.get(id.group(1));
          if (!h[0].equals(caller) || !h[1].equals("OPEN")) {
            return error("InvalidHandshakeTransitionException");
          }
          h[1] = "ACCEPTED";
          return ok("{\"Handshake\":" + handshake(id.group(1)) + "}");
        }
      case "CancelHandshake":
        {
          Matcher id = HANDSHAKE.matcher(body);
          if (!id.find() || !handshakes.containsKey(id.group(1)) || !caller.equals(management)) {
            return error("HandshakeNotFoundException");
          }
          handshakes.get(id.group(1))[1] = "CANCELED";
          return ok("{\"Handshake\":" + handshake(id.group(1)) + "}");
        }
      case "DescribeHandshake":
        {
          Matcher id = HANDSHAKE.matcher(body);
          return id.find() && handshakes.containsKey(id.group(1))
              ? ok("{\"Handshake\":" + handshake(id.group(1)) + "}")
              : error("HandshakeNotFoundException");
        }
      case "ListHandshakesForOrganization":
        {
          Matcher max = MAX.matcher(body);
          int limit = max.find() ? Integer.parseInt(max.group(1)) : 20;
          List<String> page = new ArrayList<>();
          for (String id : handshakes.keySet()) {
            if (page.size() == limit) {
              break;
            }
            page.add(handshake(id));
          }
          return ok("{\"Handshakes\":[" + String.join(",", page) + "],\"NextToken\":\"t\"}");
        }
      case "ListRoots":
        return caller.equals(management)
            ? ok("{\"Roots\":[{\"Id\":\"r-fake\",\"Name\":\"Root\"}]}")
            : error("AccessDeniedException");
      case "CreateOrganizationalUnit":
        return caller.equals(management)
            ? ok("{\"OrganizationalUnit\":{\"Id\":\"ou-fake-00000001\",\"Name\":\"OU\"}}")
            : error("AccessDeniedException");
      case "DescribeOrganizationalUnit":
        return caller.equals(management)
            ? ok("{\"OrganizationalUnit\":{\"Id\":\"ou-fake-00000001\",\"Name\":\"OU\"}}")
            : error("AccessDeniedException");
      default:
        return error("UnknownOperationException");
    }
  }

  private String organization() {
    return "{\"Organization\":{\"Id\":\"o-fake000000\",\"MasterAccountId\":\""
        + management
        + "\"}}";
  }

  private String handshake(String id) {
    String[] h = handshakes.get(id);
    return "{\"Id\":\""
        + id
        + "\",\"State\":\""
        + h[1]
        + "\",\"Parties\":[{\"Id\":\""
        + h[0]
        + "\",\"Type\":\"ACCOUNT\"}]}";
  }

  private static String[] ok(String json) {
    return new String[] {"200", json};
  }

  private static String[] error(String type) {
    return new String[] {"400", "{\"__type\":\"" + type + "\",\"Message\":\"fake\"}"};
  }
}
