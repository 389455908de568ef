package dev.orgd.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * The PostgreSQL the tests run on: {@code ORGD_TEST_POSTGRES_URL}, by default the local server's
 * {@code postgres} database as {@code postgres} with trust authentication. Every user gets a
 * database ({@link #createDatabase}) or a schema ({@link #createSchema}) of its own, named {@code
 * orgd_it_<random>} and dropped afterwards. When PostgreSQL cannot be reached the test is skipped
 * with the reason, except under {@code CI=true}, where it fails.
 */
public final class TestPostgres {
  private static final Pattern HOST_PORT_DATABASE =
      Pattern.compile("^jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]*)(\\?.*)?$");

  /** The server to use, as a JDBC URL naming any database the login may connect to. */
  public static final String URL =
      System.getenv()
          .getOrDefault(
              "ORGD_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres");

  private static String unavailable;
  private static boolean checked;

  private TestPostgres() {
    throw new AssertionError("not instantiable");
  }

  /** Whether PostgreSQL answered (asked once per run). */
  public static synchronized boolean available() {
    if (!checked) {
      checked = true;
      try (Connection connection =
          DriverManager.getConnection(withParameter(URL, "connectTimeout=3"))) {
        connection.getMetaData();
      } catch (SQLException e) {
        unavailable = "PostgreSQL is not reachable at " + URL + ": " + e.getMessage();
      }
    }
    return unavailable == null;
  }

  /** Skips the calling test when PostgreSQL cannot be reached; fails it instead under CI=true. */
  public static void assumeAvailable() {
    if (available()) {
      return;
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      Assertions.fail(unavailable + "; CI=true, so this fails instead of skipping");
    }
    Assumptions.abort(unavailable + "; skipped (it would fail with CI=true)");
  }

  /** Creates an empty database with a unique name; closing it drops it. */
  public static Database createDatabase() {
    assumeAvailable();
    String name = uniqueName();
    execute("CREATE DATABASE " + name);
    return new Database(name, onDatabase(URL, name));
  }

  /** Creates an empty schema with a unique name in {@link #URL}'s database and returns the name. */
  public static String createSchema() {
    String schema = uniqueName();
    execute("CREATE SCHEMA " + schema);
    return schema;
  }

  public static void dropSchema(String schema) {
    execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
  }

  /** {@link #URL} with {@code schema} as its connections' current schema. */
  public static String urlFor(String schema) {
    return withParameter(URL, "currentSchema=" + schema);
  }

  private static String uniqueName() {
    return "orgd_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /** The host PostgreSQL listens on. */
  public static String host() {
    return parts(URL).group(1);
  }

  /** The port PostgreSQL listens on. */
  public static int port() {
    String port = parts(URL).group(2);
    return port == null ? 5432 : Integer.parseInt(port);
  }

  /** {@code url} pointed at another host and port (a proxy in front of the server). */
  public static String via(String url, String host, int port) {
    Matcher m = parts(url);
    return "jdbc:postgresql://"
        + host
        + ":"
        + port
        + "/"
        + m.group(3)
        + (m.group(4) == null ? "" : m.group(4));
  }

  private static String onDatabase(String url, String database) {
    Matcher m = parts(url);
    return "jdbc:postgresql://"
        + m.group(1)
        + (m.group(2) == null ? "" : ":" + m.group(2))
        + "/"
        + database
        + (m.group(4) == null ? "" : m.group(4));
  }

  private static Matcher parts(String url) {
    Matcher m = HOST_PORT_DATABASE.matcher(url);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "not a jdbc:postgresql://host[:port]/database URL: " + url);
    }
    return m;
  }

  /** {@code url} with one more query parameter. */
  public static String withParameter(String url, String parameter) {
    return url + (url.contains("?") ? "&" : "?") + parameter;
  }

  private static void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(URL);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  /** A database of one test's own; {@link #close()} drops it, cutting off any connection left. */
  public record Database(String name, String url) implements AutoCloseable {
    @Override
    public void close() {
      execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
  }
}
