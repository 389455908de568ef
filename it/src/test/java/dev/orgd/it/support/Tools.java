package dev.orgd.it.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The one place that decides what happens when a test needs an external client (python3 with boto3,
 * the AWS CLI, node and npm) that this machine lacks: the test is skipped with the reason, except
 * when the environment says {@code CI=true}, where it fails instead, so that CI never passes by
 * skipping.
 */
public final class Tools {
  private Tools() {}

  /** Whether this run is CI's ({@code CI=true}), where missing tools fail instead of skipping. */
  public static boolean ci() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }

  /** Returns the executable {@code name} found on the PATH, or skips (fails in CI) without it. */
  public static Path require(String name) {
    return require(name, ci());
  }

  static Path require(String name, boolean ci) {
    return find(name).orElseGet(() -> unavailable(name + " is not on the PATH", ci));
  }

  /**
   * Returns python3 after checking that it imports {@code module}, or skips (fails in CI) when
   * python3 or the module is missing.
   */
  public static Path requirePythonModule(String module) {
    return requirePythonModule(module, ci());
  }

  static Path requirePythonModule(String module, boolean ci) {
    Path python = require("python3", ci);
    if (!succeeds(List.of(python.toString(), "-c", "import " + module))) {
      return unavailable(python + " cannot import " + module, ci);
    }
    return python;
  }

  /** Returns {@code dir} when it holds {@code entry}, or skips (fails in CI). */
  public static Path requireInstalled(Path dir, String entry, String howToInstall) {
    return requireInstalled(dir, entry, howToInstall, ci());
  }

  static Path requireInstalled(Path dir, String entry, String howToInstall, boolean ci) {
    if (!Files.exists(dir.resolve(entry))) {
      return unavailable(dir.resolve(entry) + " is missing (" + howToInstall + ")", ci);
    }
    return dir;
  }

  /** Looks {@code name} up on the PATH, as a shell would. */
  public static Optional<Path> find(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      Path candidate = Path.of(dir, name);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  private static <T> T unavailable(String why, boolean ci) {
    if (ci) {
      return Assertions.fail(why + "; CI=true, so this fails instead of skipping");
    }
    Assumptions.abort(why + "; skipped (it would fail with CI=true)");
    throw new AssertionError("unreachable");
  }

  private static boolean succeeds(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return false;
      }
      return p.exitValue() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
