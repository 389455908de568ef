package dev.orgd.server.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.service.IdSource;
import dev.orgd.core.service.Orgd;
import dev.orgd.core.store.InMemoryStore;
import dev.orgd.server.protocol.ops.Operations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
    String out =
        Python.run(
            ROOT.toFile(), new byte[0], ROOT.resolve("tools/trim-model.py").toString(), "--list");

    assertThat(out.lines()).containsExactlyInAnyOrderElementsOf(REGISTERED);
  }
}
