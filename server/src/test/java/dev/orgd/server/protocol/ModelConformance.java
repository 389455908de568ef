package dev.orgd.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.server.protocol.ServiceModel.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a response body against its output shape: only the model's members, each of its type,
 * never null, timestamps as epoch seconds with a millisecond fraction, enums from the model.
 */
final class ModelConformance {
  private final ServiceModel model;
  private final List<String> problems = new ArrayList<>();

  private ModelConformance(ServiceModel model) {
    this.model = model;
  }

  static List<String> problems(ServiceModel model, String shape, JsonNode body) {
    ModelConformance check = new ModelConformance(model);
    if (shape == null) {
      if (body.size() != 0) {
        check.problems.add("expected {} but got " + body);
      }
    } else {
      check.walk(body, model.shape(shape), "");
    }
    return check.problems;
  }

  private void walk(JsonNode node, Shape shape, String path) {
    if (node.isNull()) {
      problems.add(path + " is null");
      return;
    }
    switch (shape.type()) {
      case "structure" -> {
        require(node.isObject(), path, "an object");
        for (Map.Entry<String, JsonNode> member : node.properties()) {
          String type = shape.members().get(member.getKey());
          if (type == null) {
            problems.add(path + "." + member.getKey() + " is not a member of " + shape.name());
          } else {
            walk(member.getValue(), model.shape(type), path + "." + member.getKey());
          }
        }
      }
      case "list" -> {
        require(node.isArray(), path, "an array");
        for (int i = 0; i < node.size(); i++) {
          walk(node.get(i), model.shape(shape.member()), path + "[" + i + "]");
        }
      }
      case "string" -> {
        require(node.isTextual(), path, "a string");
        if (node.isTextual() && !shape.enumValues().isEmpty()) {
          require(shape.enumValues().contains(node.asText()), path, "one of " + shape.enumValues());
        }
        if (node.isTextual() && shape.compiledPattern() != null) {
          require(shape.matches(node.asText()), path, "a match of " + shape.pattern());
        }
      }
      case "timestamp" ->
          require(
              node.isNumber() && node.asText().matches("\\d{10}\\.\\d{3}"),
              path,
              "epoch seconds with a millisecond fraction, not " + node);
      case "integer", "long" -> require(node.isIntegralNumber(), path, "an integer");
      case "boolean" -> require(node.isBoolean(), path, "a boolean");
      default -> problems.add(path + ": unexpected shape type " + shape.type());
    }
  }

  private void require(boolean ok, String path, String what) {
    if (!ok) {
      problems.add(path + " should be " + what);
    }
  }
}
