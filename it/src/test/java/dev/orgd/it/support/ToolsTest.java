package dev.orgd.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ToolsTest {
  private static final String MISSING = "orgd-it-no-such-tool";

  @Test
  void findsAnExecutableOnThePath() {
    assertThat(Tools.require("sh", false)).isExecutable().hasFileName("sh");
    assertThat(Tools.require("sh", true)).hasFileName("sh");
  }

  @Test
  void aMissingToolSkipsTheTestOutsideCi() {
    assertThatThrownBy(() -> Tools.require(MISSING, false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining(MISSING + " is not on the PATH")
        .hasMessageContaining("skipped");
  }

  @Test
  void aMissingToolFailsTheTestInCi() {
    assertThatThrownBy(() -> Tools.require(MISSING, true))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining(MISSING + " is not on the PATH")
        .hasMessageContaining("CI=true");
  }

  @Test
  void aMissingPythonModuleSkipsOutsideCiAndFailsInCi() {
    assertThatThrownBy(() -> Tools.requirePythonModule("orgd_it_no_such_module", false))
        .isInstanceOf(TestAbortedException.class);
    assertThatThrownBy(() -> Tools.requirePythonModule("orgd_it_no_such_module", true))
        .isInstanceOf(AssertionFailedError.class);
  }

  @Test
  void aMissingInstallSkipsOutsideCiAndFailsInCi(@TempDir Path dir) {
    assertThatThrownBy(() -> Tools.requireInstalled(dir, "node_modules/x", "run npm ci", false))
        .isInstanceOf(TestAbortedException.class)
        .hasMessageContaining("run npm ci");
    assertThatThrownBy(() -> Tools.requireInstalled(dir, "node_modules/x", "run npm ci", true))
        .isInstanceOf(AssertionFailedError.class);
    assertThat(Tools.requireInstalled(dir, ".", "n/a", true)).isEqualTo(dir);
  }
}
