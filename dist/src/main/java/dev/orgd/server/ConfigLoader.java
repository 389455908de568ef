package dev.orgd.server;

import dev.orgd.core.service.ServicePrincipals;
import dev.orgd.server.ServerConfig.Auth;
import dev.orgd.server.ServerConfig.Storage;
import dev.orgd.server.auth.Credential;
import dev.orgd.server.auth.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds a {@link ServerConfig} from command-line flags, then environment variables, then defaults
 * (in that order of precedence). Flags take {@code --name value} or {@code --name=value}.
 */
public final class ConfigLoader {

  /** A setting: its flag, its environment variable and its default (as text). */
  record Setting(String flag, String env, String defaultValue, String help) {}

  static final List<Setting> SETTINGS =
      List.of(
          new Setting("--port", "ORGD_PORT", "4566", "TCP port (0: any free port)"),
          new Setting("--bind", "ORGD_BIND", "127.0.0.1", "address to listen on"),
          new Setting("--storage", "ORGD_STORAGE", "sqlite", "sqlite, postgres or memory"),
          new Setting(
              "--data-dir",
              "ORGD_DATA_DIR",
              "./orgd-data",
              "SQLite's directory (created if missing)"),
          new Setting(
              "--jdbc-url",
              "ORGD_JDBC_URL",
              null,
              "PostgreSQL's JDBC URL (required with --storage postgres)"),
          new Setting("--auth", "ORGD_AUTH", "none", "authentication: none or sigv4"),
          new Setting(
              "--credentials",
              "ORGD_CREDENTIALS",
              null,
              "file of access keys: <key id> <secret> <account id> a line"),
          new Setting(
              "--service-principals",
              "ORGD_SERVICE_PRINCIPALS",
              null,
              "file of service principals to recognize besides AWS's, one a line"),
          new Setting(
              "--admin-token",
              "ORGD_ADMIN_TOKEN",
              null,
              "the control plane's bearer token when --auth sigv4"),
          new Setting(
              "--header-timeout",
              "ORGD_HEADER_TIMEOUT",
              "20",
              "seconds a request's headers may take to arrive (0: no limit)"),
          new Setting(
              "--idle-timeout",
              "ORGD_IDLE_TIMEOUT",
              "75",
              "seconds a silent keep-alive connection is kept (0: no limit)"),
          new Setting(
              "--request-log",
              "ORGD_REQUEST_LOG",
              "on",
              "one INFO line per AWS call on stderr: on or off"),
          new Setting(
              "--seed",
              "ORGD_SEED",
              null,
              "a state snapshot file (GET /_orgd/state) to load at start"),
          new Setting(
              "--close-account-delay",
              "ORGD_CLOSE_ACCOUNT_DELAY",
              "0",
              "seconds a closed account reads PENDING_CLOSURE before SUSPENDED"),
          new Setting(
              "--enforce-scps",
              "ORGD_ENFORCE_SCPS",
              "false",
              "true: member accounts' SCPs decide their calls (a bare --enforce-scps is true)"));

  /**
   * What the program does besides serving, outside {@link ServerConfig}: whether each AWS call is a
   * log line, and a state snapshot to load before listening (null: none).
   */
  public record ProgramOptions(boolean requestLog, Path seed) {}

  /** The flags that may stand alone, meaning {@code true}. */
  private static final List<String> SWITCHES = List.of("--enforce-scps");

  /** A flag or variable orgd cannot use; the message says which and why. */
  public static final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    ConfigException(String message) {
      super(message);
    }
  }

  private ConfigLoader() {
    throw new AssertionError("not instantiable");
  }

  public static ServerConfig load(String[] args, Map<String, String> env) throws ConfigException {
    Map<String, String> values = values(args, env);
    Storage storage = storage(values.get("--storage"));
    Auth auth = auth(values.get("--auth"));
    return new ServerConfig(
            port(values.get("--port")),
            values.get("--bind"),
            storage,
            path(values.get("--data-dir")),
            jdbcUrl(storage, values.get("--jdbc-url")),
            auth,
            credentials(auth, values.get("--credentials"), values.get("--admin-token")))
        .withTimeouts(
            seconds("--header-timeout", values.get("--header-timeout")),
            seconds("--idle-timeout", values.get("--idle-timeout")))
        .withServicePrincipals(servicePrincipals(values.get("--service-principals")))
        .withCloseAccountDelay(
            seconds("--close-account-delay", values.get("--close-account-delay")))
        .withEnforceScps(bool("--enforce-scps", values.get("--enforce-scps")));
  }

  /** The request log and seed settings, from the same flags, environment and defaults. */
  public static ProgramOptions programOptions(String[] args, Map<String, String> env)
      throws ConfigException {
    Map<String, String> values = values(args, env);
    String log = values.get("--request-log");
    if (!log.equals("on") && !log.equals("off")) {
      throw new ConfigException("--request-log must be on or off: " + log);
    }
    String seed = values.get("--seed");
    Path seedFile = null;
    if (seed != null) {
      try {
        seedFile = Path.of(seed);
      } catch (InvalidPathException e) {
        throw new ConfigException("--seed is not a valid path: " + seed);
      }
      if (seed.isBlank() || !Files.isRegularFile(seedFile) || !Files.isReadable(seedFile)) {
        throw new ConfigException("--seed: cannot read the file " + seed);
      }
    }
    return new ProgramOptions(log.equals("on"), seedFile);
  }

  private static Map<String, String> values(String[] args, Map<String, String> env)
      throws ConfigException {
    Map<String, String> values = new LinkedHashMap<>();
    for (Setting s : SETTINGS) {
      String fromEnv = env.get(s.env());
      if (fromEnv != null && !fromEnv.isBlank()) {
        values.put(s.flag(), fromEnv.trim());
      } else if (s.defaultValue() != null) {
        values.put(s.flag(), s.defaultValue());
      }
    }
    values.putAll(flags(args));
    return values;
  }

  private static boolean bool(String flag, String text) throws ConfigException {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new ConfigException(flag + " must be true or false: " + text);
    };
  }

  /** The principals of the file (one a line, {@code #} comments), none without a file. */
  private static List<String> servicePrincipals(String file) throws ConfigException {
    if (file == null) {
      return List.of();
    }
    List<String> principals;
    try {
      principals = ServicePrincipals.parse(Files.readString(Path.of(file)));
    } catch (IOException | UncheckedIOException e) {
      throw new ConfigException("cannot read the service principals file " + file + ": " + e);
    }
    for (String principal : principals) {
      if (!ServicePrincipals.isWellFormed(principal)) {
        throw new ConfigException(
            "bad service principal in " + file + ": " + principal + " (1 to 128 of [\\w+=,.@-])");
      }
    }
    return principals;
  }

  private static Duration seconds(String flag, String text) throws ConfigException {
    try {
      long seconds = Long.parseLong(text);
      if (seconds >= 0 && seconds <= 86_400) {
        return Duration.ofSeconds(seconds);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException(flag + " must be a number of seconds from 0 to 86400: " + text);
  }

  /** The keys of the credentials file and the admin token; SigV4 needs at least one key. */
  private static Credentials credentials(Auth auth, String file, String adminToken)
      throws ConfigException {
    List<Credential> keys = List.of();
    if (file != null) {
      try {
        keys = Credentials.read(Path.of(file));
      } catch (IOException | InvalidPathException e) {
        String why = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
        throw new ConfigException("cannot read the credentials file " + file + ": " + why);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("bad credentials file: " + e.getMessage());
      }
    }
    if (auth == Auth.SIGV4 && keys.isEmpty()) {
      throw new ConfigException(
          "--auth sigv4 needs access keys: --credentials FILE (or ORGD_CREDENTIALS) with at least"
              + " one line <access key id> <secret access key> <account id>");
    }
    try {
      return Credentials.of(keys, adminToken);
    } catch (IllegalArgumentException e) {
      throw new ConfigException("bad credentials: " + e.getMessage());
    }
  }

  private static Map<String, String> flags(String[] args) throws ConfigException {
    Map<String, String> flags = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 0) {
        name = arg.substring(0, eq);
        value = arg.substring(eq + 1);
      }
      if (!isKnown(name)) {
        throw new ConfigException("unknown option: " + arg + " (see --help)");
      }
      if (value == null
          && SWITCHES.contains(name)
          && (i + 1 >= args.length || args[i + 1].startsWith("--"))) {
        value = "true";
      }
      if (value == null) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
          throw new ConfigException("option " + name + " needs a value");
        }
        value = args[++i];
      }
      flags.put(name, value);
    }
    return flags;
  }

  private static boolean isKnown(String flag) {
    return SETTINGS.stream().anyMatch(s -> s.flag().equals(flag));
  }

  private static int port(String text) throws ConfigException {
    try {
      int port = Integer.parseInt(text);
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ConfigException("port must be a number from 0 to 65535: " + text);
  }

  private static Storage storage(String text) throws ConfigException {
    for (Storage s : Storage.values()) {
      if (s.id().equals(text.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    throw new ConfigException(
        "unknown storage '" + text + "' (expected memory, sqlite or postgres)");
  }

  /** PostgreSQL needs a URL; the message never repeats one, which may hold a password. */
  private static String jdbcUrl(Storage storage, String url) throws ConfigException {
    if (storage != Storage.POSTGRES) {
      return url;
    }
    if (url == null || url.isBlank()) {
      throw new ConfigException(
          "storage 'postgres' needs a JDBC URL: --jdbc-url or ORGD_JDBC_URL, for example"
              + " jdbc:postgresql://127.0.0.1:5432/orgd?user=orgd");
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new ConfigException("the JDBC URL must start with jdbc:postgresql://");
    }
    return url;
  }

  private static Auth auth(String text) throws ConfigException {
    for (Auth a : Auth.values()) {
      if (a.id().equals(text.toLowerCase(Locale.ROOT))) {
        return a;
      }
    }
    throw new ConfigException("unknown auth '" + text + "' (expected none or sigv4)");
  }

  private static Path path(String text) throws ConfigException {
    if (text == null) {
      return null;
    }
    if (text.isBlank()) {
      throw new ConfigException("data directory must not be empty");
    }
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new ConfigException("data directory is not a valid path: " + text);
    }
  }
}
