package dev.orgd.it.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Valid inputs for every operation of the model orgd ships, built from its shapes, with ids the
 * server handed out earlier mixed in so that calls reach the domain's deeper paths.
 */
final class Inputs {
  private static final String MODEL = "/dev/orgd/server/protocol/organizations-2016-11-28.json";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final Pattern IDS =
      Pattern.compile(
          "h-[0-9a-z]{8,32}|car-[a-z0-9]{8,32}|rt-[0-9a-z]{8,32}|\\b\\d{12}\\b|\"NextToken\":\"([^\"]+)\"");
  private static final List<String> PRINCIPALS =
      List.of("config.amazonaws.com", "securityhub.amazonaws.com", "guardduty.amazonaws.com");

  private final JsonNode shapes;
  private final JsonNode operations;
  private final Random random;
  private final List<String> handshakes = new ArrayList<>();
  private final List<String> accountRequests = new ArrayList<>();
  private final List<String> transfers = new ArrayList<>();
  private final List<String> accounts = new ArrayList<>(List.of("222222222222", "333333333333"));
  private final List<String> tokens = new ArrayList<>();

  Inputs(Random random) {
    this.random = random;
    try (InputStream in = Inputs.class.getResourceAsStream(MODEL)) {
      JsonNode model = new ObjectMapper().readTree(in);
      shapes = model.get("shapes");
      operations = model.get("operations");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operations of the model, by name. */
  List<String> operations() {
    List<String> names = new ArrayList<>();
    operations.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** The name of {@code operation}'s input shape, or null when it takes none. */
  String inputShape(String operation) {
    JsonNode input = operations.get(operation).get("input");
    return input == null ? null : input.get("shape").asText();
  }

  /** The member names of {@code operation}'s output shape (empty when it returns nothing). */
  List<String> outputMembers(String operation) {
    JsonNode output = operations.get(operation).get("output");
    List<String> names = new ArrayList<>();
    if (output != null) {
      shapes
          .get(output.get("shape").asText())
          .get("members")
          .fieldNames()
          .forEachRemaining(names::add);
    }
    return names;
  }

  JsonNode shape(String name) {
    return shapes.get(name);
  }

  /** A valid value of shape {@code name}. */
  JsonNode valid(String name) {
    JsonNode shape = shapes.get(name);
    return switch (shape.get("type").asText()) {
      case "structure" -> structure(shape);
      case "list" -> list(shape);
      case "string" -> JSON.textNode(string(name, shape));
      case "integer", "long" -> JSON.numberNode(integer(shape));
      case "boolean" -> JSON.booleanNode(random.nextBoolean());
      case "timestamp" -> JSON.numberNode(1.7e9);
      default -> JSON.textNode("x");
    };
  }

  private ObjectNode structure(JsonNode shape) {
    ObjectNode node = JSON.objectNode();
    List<String> required = new ArrayList<>();
    shape.path("required").forEach(r -> required.add(r.asText()));
    shape
        .get("members")
        .properties()
        .forEach(
            member -> {
              if (required.contains(member.getKey()) || random.nextBoolean()) {
                node.set(member.getKey(), valid(member.getValue().get("shape").asText()));
              }
            });
    return node;
  }

  private ArrayNode list(JsonNode shape) {
    ArrayNode node = JSON.arrayNode();
    int count = Math.max(shape.path("min").asInt(0), random.nextInt(3));
    for (int i = 0; i < count; i++) {
      node.add(valid(shape.get("member").get("shape").asText()));
    }
    return node;
  }

  private long integer(JsonNode shape) {
    long min = shape.path("min").asLong(0);
    long max = shape.path("max").asLong(min + 100);
    return min + random.nextLong(max - min + 1);
  }

  private String string(String name, JsonNode shape) {
    if (shape.has("enum")) {
      return shape.get("enum").get(random.nextInt(shape.get("enum").size())).asText();
    }
    int n = random.nextInt(1000);
    return switch (name) {
      case "HandshakeId" -> pick(handshakes, "h-" + "0123456789abcdef".repeat(2));
      case "AccountId" -> pick(accounts, String.format("%012d", n));
      case "HandshakePartyId" -> pick(accounts, "222222222222");
      case "CreateAccountRequestId" -> pick(accountRequests, "car-0123456789abcdef");
      case "ResponsibilityTransferId" -> pick(transfers, "rt-0123abcd");
      case "Email" -> "fuzz" + n + "@example.com";
      case "CreateAccountName" -> "Fuzz " + n;
      case "RoleName" -> "OrganizationAccountAccessRole";
      case "NextToken" -> pick(tokens, "bm90IGEgdG9rZW4");
      case "ServicePrincipal" -> PRINCIPALS.get(random.nextInt(PRINCIPALS.size()));
      case "TagKey" -> "key" + n;
      default -> "value " + n;
    };
  }

  private String pick(List<String> seen, String otherwise) {
    return seen.isEmpty() || random.nextInt(5) == 0
        ? otherwise
        : seen.get(random.nextInt(seen.size()));
  }

  /** Keeps the ids and tokens in an answer, for later inputs. */
  void remember(String body) {
    Matcher m = IDS.matcher(body);
    while (m.find()) {
      String id = m.group();
      if (m.group(1) != null) {
        keep(tokens, m.group(1));
      } else if (id.startsWith("h-")) {
        keep(handshakes, id);
      } else if (id.startsWith("car-")) {
        keep(accountRequests, id);
      } else if (id.startsWith("rt-")) {
        keep(transfers, id);
      } else {
        keep(accounts, id);
      }
    }
  }

  private static void keep(List<String> seen, String id) {
    if (!seen.contains(id)) {
      seen.add(id);
      if (seen.size() > 50) {
        seen.remove(0);
      }
    }
  }
}
