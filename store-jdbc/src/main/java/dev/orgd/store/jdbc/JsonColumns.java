package dev.orgd.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.orgd.core.model.HandshakeResource;
import dev.orgd.core.model.HandshakeResourceType;
import dev.orgd.core.model.Party;
import dev.orgd.core.model.PartyType;
import dev.orgd.core.model.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The list columns (tags, parties, resources) as JSON arrays. The field names are spelled out here
 * rather than taken from the records, so renaming a record component never changes stored data.
 */
final class JsonColumns {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonColumns() {
    throw new AssertionError("not instantiable");
  }

  static String tags(List<Tag> tags) {
    return write(tags, (tag, node) -> node.put("key", tag.key()).put("value", tag.value()));
  }

  static List<Tag> tags(String json) {
    return read(json, node -> new Tag(node.get("key").asText(), node.get("value").asText()));
  }

  static String parties(List<Party> parties) {
    return write(
        parties, (party, node) -> node.put("id", party.id()).put("type", party.type().name()));
  }

  static List<Party> parties(String json) {
    return read(
        json,
        node -> new Party(node.get("id").asText(), PartyType.valueOf(node.get("type").asText())));
  }

  static String resources(List<HandshakeResource> resources) {
    return encode(resourceArray(resources));
  }

  static List<HandshakeResource> resources(String json) {
    return resourceList(parse(json));
  }

  private static ArrayNode resourceArray(List<HandshakeResource> resources) {
    ArrayNode array = JSON.createArrayNode();
    for (HandshakeResource resource : resources) {
      ObjectNode node = array.addObject();
      node.put("type", resource.type().name()).put("value", resource.value());
      if (!resource.resources().isEmpty()) {
        node.set("resources", resourceArray(resource.resources()));
      }
    }
    return array;
  }

  private static List<HandshakeResource> resourceList(JsonNode array) {
    List<HandshakeResource> resources = new ArrayList<>(array.size());
    for (JsonNode node : array) {
      JsonNode nested = node.get("resources");
      resources.add(
          new HandshakeResource(
              HandshakeResourceType.valueOf(node.get("type").asText()),
              node.get("value").asText(),
              nested == null ? List.of() : resourceList(nested)));
    }
    return resources;
  }

  /** Fills a JSON object from one element. */
  @FunctionalInterface
  private interface Writer<T> {
    void fill(T element, ObjectNode node);
  }

  private static <T> String write(List<T> elements, Writer<T> writer) {
    ArrayNode array = JSON.createArrayNode();
    for (T element : elements) {
      writer.fill(element, array.addObject());
    }
    return encode(array);
  }

  private static <T> List<T> read(String json, Function<JsonNode, T> reader) {
    List<T> elements = new ArrayList<>();
    for (JsonNode node : parse(json)) {
      elements.add(reader.apply(node));
    }
    return elements;
  }

  private static String encode(ArrayNode array) {
    try {
      return JSON.writeValueAsString(array);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot encode a list column", e);
    }
  }

  private static JsonNode parse(String json) {
    try {
      JsonNode node = JSON.readTree(json);
      if (!node.isArray()) {
        throw new IllegalStateException("a list column holds no JSON array: " + json);
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list column holds no valid JSON: " + json, e);
    }
  }
}
