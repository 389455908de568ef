package dev.orgd.server.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import dev.orgd.core.error.ErrorCode;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.server.protocol.ServiceModel.Shape;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a request body against the model, as the real service does and clients do not (botocore
 * checks only required members and minimums). Two passes, in the order AWS deserializes and then
 * validates: first every present member must have its shape's JSON type (else
 * SerializationException), then the constraints: required, length, value range, enum and pattern
 * (InvalidInputException with the matching reason, naming the member). A pattern must match the
 * whole value, and no string may hold a NUL or an unpaired surrogate. Unknown members are ignored,
 * as AWS ignores them; a JSON null counts as absent.
 */
public final class ModelValidator {
  private final ServiceModel model;

  public ModelValidator(ServiceModel model) {
    this.model = model;
  }

  /** Validates {@code input} (a JSON object) against shape {@code shapeName} (null: no input). */
  public void validate(String shapeName, JsonNode input) {
    if (shapeName == null) {
      return;
    }
    Shape shape = model.shape(shapeName);
    checkTypes(input, shape, "");
    checkConstraints(input, shape, "");
  }

  // --- pass 1: JSON types -------------------------------------------------------------------

  private void checkTypes(JsonNode node, Shape shape, String path) {
    switch (shape.type()) {
      case "structure" -> {
        expect(node.isObject(), node, "an object", path);
        for (Map.Entry<String, String> member : shape.members().entrySet()) {
          JsonNode value = node.get(member.getKey());
          if (value != null && !value.isNull()) {
            checkTypes(value, model.shape(member.getValue()), join(path, member.getKey()));
          }
        }
      }
      case "list" -> {
        expect(node.isArray(), node, "an array", path);
        for (int i = 0; i < node.size(); i++) {
          checkTypes(node.get(i), model.shape(shape.member()), path + "[" + i + "]");
        }
      }
      case "map" -> {
        expect(node.isObject(), node, "an object", path);
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
          checkTypes(entry.getValue(), model.shape(shape.value()), path + "." + entry.getKey());
        }
      }
      case "string" -> expect(node.isTextual(), node, "a string", path);
      case "boolean" -> expect(node.isBoolean(), node, "a boolean", path);
      case "integer" -> expectInteger(node, node.canConvertToInt(), path);
      case "long" -> expectInteger(node, node.canConvertToLong(), path);
      case "float", "double" -> expect(node.isNumber(), node, "a number", path);
      // awsJson 1.1 sends timestamps as epoch seconds: an integer or a fraction.
      case "timestamp" -> expect(node.isNumber(), node, "a number (epoch seconds)", path);
      case "blob" -> expect(node.isTextual(), node, "a base64 string", path);
      default -> throw new IllegalStateException("unsupported shape type " + shape.type());
    }
  }

  private static void expect(boolean ok, JsonNode node, String expected, String path) {
    if (!ok) {
      throw new OrgdException(
          ErrorCode.SERIALIZATION,
          "Expected " + expected + " for " + display(path) + " but found " + describe(node) + ".");
    }
  }

  private static void expectInteger(JsonNode node, boolean inRange, String path) {
    expect(node.isIntegralNumber(), node, "an integer", path);
    if (!inRange) {
      throw new OrgdException(
          ErrorCode.SERIALIZATION, "The integer given for " + display(path) + " is out of range.");
    }
  }

  private static String describe(JsonNode node) {
    if (node.isNull()) {
      return "null";
    }
    return switch (node.getNodeType()) {
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case BOOLEAN -> "a boolean";
      case NUMBER -> node.isIntegralNumber() ? "a number" : "a fraction";
      default -> node.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }

  // --- pass 2: constraints ------------------------------------------------------------------

  private void checkConstraints(JsonNode node, Shape shape, String path) {
    switch (shape.type()) {
      case "structure" -> checkStructure(node, shape, path);
      case "list" -> {
        checkLength(node.size(), shape, path, "items");
        for (int i = 0; i < node.size(); i++) {
          checkConstraints(node.get(i), model.shape(shape.member()), path + "[" + i + "]");
        }
      }
      case "map" -> {
        checkLength(node.size(), shape, path, "entries");
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
          String entryPath = path + "." + entry.getKey();
          checkString(entry.getKey(), model.shape(shape.key()), entryPath);
          checkConstraints(entry.getValue(), model.shape(shape.value()), entryPath);
        }
      }
      case "string" -> checkString(node.textValue(), shape, path);
      case "integer", "long" -> checkRange(node.longValue(), shape, path);
      default -> {
        // booleans, timestamps, floats and blobs carry no constraints in this model
      }
    }
  }

  private void checkStructure(JsonNode node, Shape shape, String path) {
    for (Map.Entry<String, String> member : shape.members().entrySet()) {
      String memberPath = join(path, member.getKey());
      JsonNode value = node.get(member.getKey());
      if (value == null || value.isNull()) {
        if (shape.required().contains(member.getKey())) {
          throw invalid(
              InvalidInputReason.INPUT_REQUIRED,
              "You must include a value for all required parameters.",
              memberPath);
        }
      } else {
        checkConstraints(value, model.shape(member.getValue()), memberPath);
      }
    }
  }

  private static void checkString(String text, Shape shape, String path) {
    checkLength(text.codePointCount(0, text.length()), shape, path, "characters");
    if (!shape.enumValues().isEmpty() && !shape.enumValues().contains(text)) {
      throw invalid(
          InvalidInputReason.INVALID_ENUM,
          "You specified an invalid value. Valid values: "
              + String.join(", ", shape.enumValues())
              + ".",
          path);
    }
    if (!shape.matches(text) || !isStorable(text)) {
      throw invalid(
          InvalidInputReason.INVALID_PATTERN,
          "You provided a value that does not match the required pattern.",
          path);
    }
  }

  /**
   * Whether {@code text} holds only characters every backend can keep: no NUL (PostgreSQL's text
   * cannot hold one) and no unpaired surrogate (not a character, so UTF-8 cannot carry it). The
   * model's {@code [\s\S]*} patterns (Notes, a party id) would let both through; orgd refuses them
   * as a pattern mismatch on every backend rather than store them on some.
   */
  private static boolean isStorable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return false;
      }
      if (Character.isSurrogate(c)) {
        if (!Character.isHighSurrogate(c)
            || i + 1 == text.length()
            || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      }
    }
    return true;
  }

  private static void checkLength(int length, Shape shape, String path, String unit) {
    if (shape.min() != null && length < shape.min()) {
      throw invalid(
          InvalidInputReason.MIN_LENGTH_EXCEEDED,
          "You provided a value that is shorter than allowed (at least "
              + shape.min()
              + " "
              + unit
              + ").",
          path);
    }
    if (shape.max() != null && length > shape.max()) {
      throw invalid(
          InvalidInputReason.MAX_LENGTH_EXCEEDED,
          "You provided a value that is longer than allowed (at most "
              + shape.max()
              + " "
              + unit
              + ").",
          path);
    }
  }

  private static void checkRange(long value, Shape shape, String path) {
    if (shape.min() != null && value < shape.min()) {
      throw invalid(
          InvalidInputReason.MIN_VALUE_EXCEEDED,
          "You provided a numeric parameter that has a smaller value than allowed (at least "
              + shape.min()
              + ").",
          path);
    }
    if (shape.max() != null && value > shape.max()) {
      throw invalid(
          InvalidInputReason.MAX_VALUE_EXCEEDED,
          "You provided a numeric parameter that has a larger value than allowed (at most "
              + shape.max()
              + ").",
          path);
    }
  }

  private static OrgdException invalid(InvalidInputReason reason, String sentence, String path) {
    return OrgdException.invalidInput(reason, sentence + " Member: " + display(path) + ".");
  }

  private static String join(String path, String member) {
    return path.isEmpty() ? member : path + "." + member;
  }

  private static String display(String path) {
    return path.isEmpty() ? "the request body" : path;
  }
}
