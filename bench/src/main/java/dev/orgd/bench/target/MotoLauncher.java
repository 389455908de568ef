package dev.orgd.bench.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds and starts {@code moto_server}. A pyenv shim is resolved to the real script first, so that
 * start-up time and memory are moto's own and the process we measure is the Python server itself.
 */
public final class MotoLauncher {

  private final Path script;

  private MotoLauncher(Path script) {
    this.script = script;
  }

  /** The launcher for {@code command} (a path or a name on the PATH), if it can be found. */
  public static Optional<MotoLauncher> find(String command) {
    Optional<Path> found =
        command.contains("/") ? Optional.of(Path.of(command)) : Commands.onPath(command);
    if (found.isEmpty() || !Files.isExecutable(found.get())) {
      return Optional.empty();
    }
    Path path = found.get();
    if (path.toString().contains("/shims/")) {
      String real = Commands.firstLineOrUnknown(List.of("pyenv", "which", command));
      if (!real.equals("unknown") && Files.isExecutable(Path.of(real))) {
        path = Path.of(real);
      }
    }
    return Optional.of(new MotoLauncher(path));
  }

  public Path script() {
    return script;
  }

  /** The command that starts moto on 127.0.0.1:{@code port}. */
  public List<String> command(int port) {
    return new ArrayList<>(
        List.of(script.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port)));
  }

  /** "moto X, Python Y", read with the interpreter named in the script's #! line. */
  public String version() {
    Optional<String> python = interpreter();
    if (python.isEmpty()) {
      return "moto (version unknown)";
    }
    String moto =
        Commands.firstLineOrUnknown(
            List.of(
                python.get(),
                "-c",
                "import moto, platform; print(moto.__version__, platform.python_version())"));
    String[] parts = moto.split(" ");
    return parts.length == 2
        ? "moto " + parts[0] + ", Python " + parts[1]
        : "moto (version unknown)";
  }

  private Optional<String> interpreter() {
    try {
      String first = Files.readAllLines(script, StandardCharsets.UTF_8).get(0);
      return first.startsWith("#!")
          ? Optional.of(first.substring(2).trim().split("\\s+")[0])
          : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
