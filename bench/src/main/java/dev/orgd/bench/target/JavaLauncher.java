package dev.orgd.bench.target;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the JVM servers under test (orgd and the ceiling server) with one {@code java} and one set
 * of JVM options, so that both run under the same launcher settings.
 *
 * @param java the java executable
 * @param jvmOptions options placed before {@code -jar} or {@code -cp}
 */
public record JavaLauncher(String java, List<String> jvmOptions) {

  public JavaLauncher {
    jvmOptions = List.copyOf(jvmOptions);
  }

  /** The java that runs this harness. */
  public static String currentJava() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /** {@code java <opts> -jar <orgdJar> --port P <storage flags> <extra>}. */
  public List<String> orgd(Path orgdJar, int port, StorageSpec storage, List<String> extraArgs) {
    List<String> command = base();
    command.addAll(List.of("-jar", orgdJar.toString(), "--port", Integer.toString(port)));
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

  /** What {@code orgd --version} prints first, or "unknown". */
  public String orgdVersion(Path orgdJar) {
    return Commands.firstLineOrUnknown(List.of(java, "-jar", orgdJar.toString(), "--version"));
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
