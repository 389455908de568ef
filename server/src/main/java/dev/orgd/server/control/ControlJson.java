package dev.orgd.server.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a control-plane body into its request record, strictly: a JSON object whose members are all
 * the record's and each of its Java type (Jackson alone would take {@code 5} for a string and
 * {@code "5"} for a number); {@code null} is absent. Anything else is a 400 that names the member.
 */
final class ControlJson {
  private final ObjectMapper mapper;

  ControlJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  <R extends Record> R read(byte[] body, Class<R> type) {
    JsonNode tree = tree(body);
    Map<String, Class<?>> members = members(type);
    for (Map.Entry<String, JsonNode> member : tree.properties()) {
      Class<?> expected = members.get(member.getKey());
      if (expected == null) {
        throw ControlError.badRequest(
            "unknown member \"" + member.getKey() + "\"; expected " + members.keySet());
      }
      checkType(member.getKey(), member.getValue(), expected);
    }
    try {
      return mapper.treeToValue(tree, type);
    } catch (JsonProcessingException e) {
      throw e.getCause() instanceof ControlError error
          ? error
          : ControlError.badRequest("the body does not fit " + type.getSimpleName());
    }
  }

  private JsonNode tree(byte[] body) {
    JsonNode tree;
    try {
      tree = body.length == 0 ? mapper.createObjectNode() : mapper.readTree(body);
    } catch (JsonProcessingException e) {
      throw ControlError.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ControlError.badRequest("the body cannot be read");
    }
    if (tree == null || !tree.isObject()) {
      throw ControlError.badRequest("the body must be a JSON object");
    }
    return tree;
  }

  /** The record's members by their JSON names, as Jackson binds them. */
  private Map<String, Class<?>> members(Class<?> type) {
    Map<String, Class<?>> members = new TreeMap<>();
    for (BeanPropertyDefinition property :
        mapper.getDeserializationConfig().introspect(mapper.constructType(type)).findProperties()) {
      members.put(property.getName(), property.getRawPrimaryType());
    }
    return members;
  }

  private static void checkType(String name, JsonNode value, Class<?> expected) {
    if (value.isNull()) {
      return;
    }
    if (expected == String.class && !value.isTextual()) {
      throw ControlError.badRequest(name + " must be a string");
    }
    if (expected == Boolean.class && !value.isBoolean()) {
      throw ControlError.badRequest(name + " must be true or false");
    }
    if (expected == Integer.class && !(value.isIntegralNumber() && value.canConvertToInt())) {
      throw ControlError.badRequest(name + " must be an integer");
    }
    if (expected == Long.class && !(value.isIntegralNumber() && value.canConvertToLong())) {
      throw ControlError.badRequest(name + " must be an integer");
    }
    if (expected == Double.class && !value.isNumber()) {
      throw ControlError.badRequest(name + " must be a number");
    }
  }
}
