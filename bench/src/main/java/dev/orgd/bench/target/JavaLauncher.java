package dev.orgd.bench.target;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts the JVM servers under test (orgd and the ceiling server) with one {@code java} and one set
 * of JVM options, so that both run under the same launcher settings.
 *
 * @param java the java executable
 * @param jvmOptions options placed before {@code -jar} or {@code -cp}
 * @param orgdLauncher orgd's own launcher script (./orgd), which runs orgd's jar with these same
 *     options and its class-data archive; null to run orgd's jar with {@code java} directly
 */
public record JavaLauncher(String java, List<String> jvmOptions, Path orgdLauncher) {

  /** The file of JVM options that orgd's launcher (./orgd) passes to java, from the root. */
  public static final String LAUNCHER_OPTIONS = "dist/jvm.options";

  public JavaLauncher {
    jvmOptions = List.copyOf(jvmOptions);
  }

  /** The java that runs this harness. */
  public static String currentJava() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /**
   * The options in a java argument file as ./orgd uses it: words separated by white space, {@code
   * #} to the end of a line a comment. None when the file does not exist.
   */
  public static List<String> readOptions(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      List<String> options = new ArrayList<>();
      for (String line : Files.readAllLines(file)) {
        int hash = line.indexOf('#');
        String text = (hash >= 0 ? line.substring(0, hash) : line).trim();
        if (!text.isEmpty()) {
          options.addAll(Arrays.asList(text.split("\\s+")));
        }
      }
      return options;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public JavaLauncher(String java, List<String> jvmOptions) {
    this(java, jvmOptions, null);
  }

  /**
   * {@code ./orgd --port P <storage flags> <extra>}, or {@code java <opts> -jar <orgdJar> ...}
   * without a launcher.
   */
  public List<String> orgd(Path orgdJar, int port, StorageSpec storage, List<String> extraArgs) {
    return orgd(orgdJar, port, storage, extraArgs, null, List.of());
  }

  /**
   * orgd on {@code storage}: its jar, or {@code mainClass} (when not null) with orgd's jar first on
   * the class path and this harness after it; {@code extraJvmOptions} after the launcher's.
   */
  public List<String> orgd(
      Path orgdJar,
      int port,
      StorageSpec storage,
      List<String> extraArgs,
      String mainClass,
      List<String> extraJvmOptions) {
    List<String> command;
    if (mainClass == null && orgdLauncher != null && extraJvmOptions.isEmpty()) {
      command = new ArrayList<>(List.of(orgdLauncher.toString()));
    } else {
      command = base();
      command.addAll(extraJvmOptions);
      if (mainClass == null) {
        command.addAll(List.of("-jar", orgdJar.toString()));
      } else {
        String classPath = orgdJar + File.pathSeparator + System.getProperty("java.class.path");
        command.addAll(List.of("-cp", classPath, mainClass));
      }
    }
    command.addAll(List.of("--port", Integer.toString(port)));
    if (mainClass == null) {
      // orgd logs a line per call by default; the benchmark measures the server, not its stderr.
      // Metrics have no switch: every row is measured with them on.
      command.addAll(List.of("--request-log", "off"));
    }
    command.addAll(storage.orgdArgs());
    command.addAll(extraArgs);
    return command;
  }

  /** {@code java <opts> -cp <this harness's class path> dev.orgd.bench.CeilingServer --port P}. */
  public List<String> ceiling(int port) {
    List<String> command = base();
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            "dev.orgd.bench.CeilingServer",
            "--port",
            Integer.toString(port)));
    return command;
  }

  /**
   * What {@code orgd --version} prints first, or "unknown". Through the launcher this also makes
   * its class-data archive, if the jar has none yet, before anything is measured; the launcher's
   * notice of that ("orgd: first start since the jar was built ...") is not the version.
   */
  public String orgdVersion(Path orgdJar) {
    return Commands.firstLineOrUnknown(
        orgdLauncher != null
            ? List.of(orgdLauncher.toString(), "--version")
            : List.of(java, "-jar", orgdJar.toString(), "--version"),
        "orgd: ");
  }

  /** The first line of {@code java -version}, e.g. {@code openjdk version "17.0.15" 2025-04-15}. */
  public String version() {
    return Commands.firstLineOrUnknown(List.of(java, "-version"));
  }

  private List<String> base() {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    return command;
  }
}
