package dev.orgd.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.orgd.core.service.IdSource;
import dev.orgd.core.service.Orgd;
import dev.orgd.core.store.InMemoryStore;
import dev.orgd.server.protocol.ops.Operations;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The registry is the one list of implemented operations; the trimmed model, the script that trims
 * it and the README's table must name exactly its operations.
 */
class ImplementedOperationsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern README_ROW =
      Pattern.compile(
          "\\[(\\w+)]\\(https://docs\\.aws\\.amazon\\.com/organizations/latest/APIReference/API_(\\w+)\\.html\\)");

  private static final Set<String> REGISTERED =
      Operations.registry(new Orgd(new InMemoryStore(), Clock.systemUTC(), IdSource.seeded(1)))
          .keySet();

  @Test
  void theTrimmedModelHasExactlyTheRegisteredOperations() {
    assertThat(WireFixture.MODEL.operations()).containsExactlyInAnyOrderElementsOf(REGISTERED);
  }

  @Test
  void theReadmeTableListsExactlyTheRegisteredOperations() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    int start = readme.indexOf("\n## Supported operations");
    String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
    List<String> listed = new ArrayList<>();
    Matcher row = README_ROW.matcher(section.substring(0, section.indexOf("\n\n", 30)));
    while (row.find()) {
      assertThat(row.group(2)).as("the link of %s", row.group(1)).isEqualTo(row.group(1));
      listed.add(row.group(1));
    }

    assertThat(listed).containsExactlyInAnyOrderElementsOf(REGISTERED);
  }

  @Test
  void theTrimScriptKeepsExactlyTheRegisteredOperations() throws Exception {
    File script = ROOT.resolve("tools/trim-model.py").toFile();
    Process python;
    try {
      python =
          new ProcessBuilder("python3", script.getPath(), "--list")
              .directory(ROOT.toFile())
              .redirectErrorStream(true)
              .start();
    } catch (IOException e) {
      assumeTrue("true".equals(System.getenv("CI")), "python3 is not installed");
      throw e;
    }
    String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(python.waitFor(60, TimeUnit.SECONDS)).isTrue();
    if (python.exitValue() != 0 && out.contains("No module named 'botocore'")) {
      assumeTrue("true".equals(System.getenv("CI")), "Python's botocore is not installed");
    }

    assertThat(python.exitValue()).as(out).isZero();
    assertThat(out.strip().lines()).containsExactlyInAnyOrderElementsOf(REGISTERED);
  }
}
