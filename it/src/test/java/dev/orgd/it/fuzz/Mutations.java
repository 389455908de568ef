package dev.orgd.it.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Turns a valid input into a bad one: a member of the wrong type, an odd or huge string, an
 * out-of-range number, a required member missing, an unknown member, or a body that is not the JSON
 * object the operation expects at all.
 */
final class Mutations {
  /** Stands for an unpaired surrogate, which Jackson would not write: replaced in the text. */
  private static final String LONE_SURROGATE = "@@lone@@";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private static final List<JsonNode> WRONG_TYPES =
      List.of(
          JSON.numberNode(12345),
          JSON.numberNode(1.5),
          JSON.booleanNode(true),
          JSON.nullNode(),
          JSON.arrayNode().add("x"),
          JSON.objectNode().put("x", 1),
          JSON.textNode("not what it wants"),
          JSON.numberNode(new BigInteger("123456789012345678901234567890")));

  private static final List<String> ODD_STRINGS =
      List.of(
          "",
          " ",
          "\u0000",
          "a\u0000b@example.com",
          "Name\u0000",
          "h-0123456789abcdef\n",
          "222222222222\n",
          LONE_SURROGATE,
          "x" + LONE_SURROGATE + "@example.com",
          "\uD83D\uDE00".repeat(40),
          "\u202Eevil\u202C",
          "e\u0301\u0301\u0301",
          "'; DROP TABLE accounts; --",
          "%00%zz",
          "\\u0000",
          "a@b.c\r\nX-Injected: 1",
          "x".repeat(2000),
          "y".repeat(200_000));

  private static final List<String> ODD_NUMBERS =
      List.of(
          "-1",
          "0",
          "21",
          "2147483648",
          "-9223372036854775809",
          "99999999999999999999999",
          "1e400",
          "-0.0",
          "1.0",
          "NaN");

  private static final List<String> JUNK_BODIES =
      List.of(
          "{",
          "}",
          "[]",
          "null",
          "\"text\"",
          "42",
          "{\"a\":}",
          "{\"a\" 1}",
          "{} trailing",
          "{\"a\":1,\"a\":2}",
          "\uFEFF{}",
          "{'single': 'quotes'}",
          "[".repeat(5000) + "]".repeat(5000),
          "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
          "{\"Notes\": \"unterminated",
          "{\"x\": \"\\uZZZZ\"}");

  private final Random random;

  Mutations(Random random) {
    this.random = random;
  }

  /** A body for an operation whose valid input is {@code valid} ({@code {}} without input). */
  byte[] mutate(ObjectNode valid) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return junk();
    }
    ObjectNode input = valid.deepCopy();
    List<Map.Entry<ObjectNode, String>> members = new ArrayList<>();
    collect(input, members);
    if (members.isEmpty() || kind == 1) {
      input.put("Unknown" + random.nextInt(5), pick(ODD_STRINGS));
      return utf8(json(input));
    }
    Map.Entry<ObjectNode, String> member = members.get(random.nextInt(members.size()));
    ObjectNode owner = member.getKey();
    String name = member.getValue();
    switch (kind) {
      case 2, 3 -> owner.set(name, pick(WRONG_TYPES));
      case 4 -> owner.remove(name);
      case 5 -> {
        owner.put(name, "@@number@@");
        return utf8(json(input).replace("\"@@number@@\"", pick(ODD_NUMBERS)));
      }
      default -> owner.put(name, pick(ODD_STRINGS));
    }
    return utf8(json(input));
  }

  private byte[] junk() {
    if (random.nextBoolean()) {
      return utf8(pick(JUNK_BODIES));
    }
    byte[] bytes = new byte[random.nextInt(64)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Every member of every object in {@code node}, as (object, name). */
  private static void collect(JsonNode node, List<Map.Entry<ObjectNode, String>> members) {
    if (node instanceof ObjectNode object) {
      object.fieldNames().forEachRemaining(name -> members.add(Map.entry(object, name)));
    }
    node.forEach(child -> collect(child, members));
  }

  private static String json(JsonNode input) {
    return input.toString().replace(LONE_SURROGATE, "\\uD800");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private <T> T pick(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }
}
