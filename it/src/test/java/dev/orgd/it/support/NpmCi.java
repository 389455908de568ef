package dev.orgd.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Build step (exec-maven-plugin, phase {@code pre-integration-test}): copies the JavaScript
 * scenarios, package.json and package-lock.json from {@code src/test/js} to a folder under {@code
 * target} and runs {@code npm ci} there, so the AWS SDK for JavaScript v3 is exactly the locked
 * version. Without npm it prints why and does nothing (the JS tests then skip), unless {@code
 * CI=true}, where it fails the build.
 */
public final class NpmCi {
  private NpmCi() {}

  /**
   * Arguments: the source folder and the target folder.
   *
   * @throws IllegalStateException when npm is required but missing, or npm ci fails
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Path source = Path.of(args[0]);
    Path target = Path.of(args[1]);
    if (Tools.find("npm").isEmpty() || Tools.find("node").isEmpty()) {
      String why = "node or npm is not on the PATH";
      if (Tools.ci()) {
        throw new IllegalStateException(why + "; CI=true requires them for the JavaScript tests");
      }
      System.out.println("[orgd-it] " + why + ": skipping npm ci; the JavaScript tests will skip");
      return;
    }
    copySources(source, target);
    List<String> command = List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");
    System.out.println("[orgd-it] " + String.join(" ", command) + " in " + target);
    Process npm = new ProcessBuilder(command).directory(target.toFile()).inheritIO().start();
    if (!npm.waitFor(10, TimeUnit.MINUTES)) {
      npm.destroyForcibly();
      throw new IllegalStateException("npm ci did not finish in 10 minutes");
    }
    if (npm.exitValue() != 0) {
      throw new IllegalStateException("npm ci failed with exit code " + npm.exitValue());
    }
  }

  private static void copySources(Path source, Path target) throws IOException {
    Files.createDirectories(target);
    try (Stream<Path> files = Files.list(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file)) {
          Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
