package dev.orgd.server;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** orgd's version, as Maven wrote it into the jar. */
public final class Version {
  private static final String VERSION = read();

  private Version() {
    throw new AssertionError("not instantiable");
  }

  public static String get() {
    return VERSION;
  }

  private static String read() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
