package dev.orgd.server.control;

import dev.orgd.server.http.HttpResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The console's static files under {@code /_orgd/console}, from the classpath ({@code
 * dev/orgd/server/control/console/}): an HTML page, a style sheet and ES modules that use only the
 * AWS API and the control plane (docs/console.md). Only plain file names are served, so no path can
 * leave that folder.
 */
final class Console {
  static final String PATH = "/_orgd/console";

  private static final Pattern FILE = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "json", "application/json",
          "svg", "image/svg+xml",
          "png", "image/png");

  /** Whether {@code path} is the console's. */
  static boolean owns(String path) {
    return path.equals(PATH) || path.startsWith(PATH + "/");
  }

  /** The file at {@code path}, or null when there is none. */
  HttpResponse file(String path) {
    String name =
        path.length() <= PATH.length() + 1 ? "index.html" : path.substring(PATH.length() + 1);
    String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1));
    if (!FILE.matcher(name).matches() || type == null) {
      return null;
    }
    try (InputStream in = Console.class.getResourceAsStream("console/" + name)) {
      return in == null ? null : HttpResponse.json(200, in.readAllBytes(), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
