package dev.orgd.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The JSON summary a scenario script prints as its last line, and helpers to read it. */
public final class Summary {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Summary() {}

  /** Runs {@code command}, which must exit 0, and parses the last line it printed. */
  public static JsonNode of(Command command) {
    Command.Result result = command.run();
    assertThat(result.exitCode()).as(result.describe()).isZero();
    String[] lines = result.stdout().strip().split("\n");
    String last = lines[lines.length - 1];
    try {
      JsonNode summary = JSON.readTree(last);
      assertThat(summary.isObject()).as("summary line of %s", result.describe()).isTrue();
      return summary;
    } catch (IOException e) {
      throw new AssertionError("the last line is not a JSON summary: " + result.describe(), e);
    }
  }

  /** Runs {@code command}, which must exit 0 and print one JSON document (the CLI's output). */
  public static JsonNode ofJsonOutput(Command command) {
    Command.Result result = command.run();
    assertThat(result.exitCode()).as(result.describe()).isZero();
    try {
      return JSON.readTree(result.stdout());
    } catch (IOException e) {
      throw new AssertionError("the output is not JSON: " + result.describe(), e);
    }
  }

  /** A JSON array of strings as a list. */
  public static List<String> strings(JsonNode array) {
    return JSON.convertValue(array, new TypeReference<List<String>>() {});
  }

  /** A JSON array of integers as a list. */
  public static List<Integer> ints(JsonNode array) {
    return JSON.convertValue(array, new TypeReference<List<Integer>>() {});
  }

  /** A JSON array of booleans as a list. */
  public static List<Boolean> booleans(JsonNode array) {
    return JSON.convertValue(array, new TypeReference<List<Boolean>>() {});
  }

  /** The folder named by a system property that failsafe sets, or a default for IDE runs. */
  public static Path folder(String property, String fallback) {
    return Path.of(System.getProperty(property, fallback)).toAbsolutePath();
  }
}
