package dev.orgd.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs python3 for tests that check orgd against botocore. Without python3 or botocore the test
 * skips, except in CI ({@code CI=true}), where both must be there.
 */
final class Python {
  private Python() {}

  /** Runs {@code python3 args...} in {@code dir} with {@code stdin}; returns its output. */
  static String run(File dir, byte[] stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3"));
    command.addAll(List.of(args));
    Process python;
    try {
      python = new ProcessBuilder(command).directory(dir).redirectErrorStream(true).start();
    } catch (IOException e) {
      skipOutsideCi("python3 is not installed");
      throw e;
    }
    try (OutputStream in = python.getOutputStream()) {
      in.write(stdin);
    }
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (python.exitValue() != 0 && out.contains("No module named 'botocore'")) {
      skipOutsideCi("Python's botocore is not installed");
    }
    assertThat(python.exitValue()).as(out).isZero();
    return out;
  }

  private static void skipOutsideCi(String why) {
    assumeTrue("true".equals(System.getenv("CI")), why);
  }
}
