package dev.orgd.bench.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommandsTest {

  @Test
  void theVersionLineIsNotTheLaunchersNoticeBeforeIt() {
    List<String> launcher =
        List.of(
            "sh",
            "-c",
            "echo 'orgd: first start since the jar was built: recording ...' >&2; echo 'orgd 1.2'");
    assertThat(Commands.firstLineOrUnknown(launcher, "orgd: ")).isEqualTo("orgd 1.2");
    assertThat(Commands.firstLineOrUnknown(launcher)).startsWith("orgd: first start");
  }

  @Test
  void aFailingCommandOrOneWithoutSuchALineIsUnknown() {
    assertThat(Commands.firstLineOrUnknown(List.of("sh", "-c", "echo 'orgd 1.2'; exit 3"), ""))
        .isEqualTo("unknown");
    assertThat(Commands.firstLineOrUnknown(List.of("sh", "-c", "echo 'orgd: only'"), "orgd: "))
        .isEqualTo("unknown");
  }
}
