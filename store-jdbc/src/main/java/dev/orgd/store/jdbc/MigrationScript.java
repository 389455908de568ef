package dev.orgd.store.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * One versioned migration, {@code V<n>__<description>.sql} in a dialect's folder under {@code
 * db/migration/}. Its checksum is the one Flyway computed for the same file (CRC-32 over its lines
 * without their line breaks), so that databases Flyway migrated can be taken over.
 *
 * @param version the {@code n} of the file name
 * @param description the rest of the name, underscores as spaces
 * @param name the file name
 * @param sql the script
 */
record MigrationScript(int version, String description, String name, String sql) {

  private static final Pattern NAME = Pattern.compile("V([0-9]+)__(.+)\\.sql");

  /** The script's checksum, as Flyway computes it. */
  int checksum() {
    CRC32 crc = new CRC32();
    try (BufferedReader lines = new BufferedReader(new StringReader(sql))) {
      String line = lines.readLine();
      if (line != null && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      for (; line != null; line = lines.readLine()) {
        crc.update(line.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // cannot happen on a string
    }
    return (int) crc.getValue();
  }

  /**
   * The scripts in {@code folder} (such as {@code db/migration/sqlite}), by version. They are read
   * from where this class was loaded from, the module's jar or its classes directory, so a listing
   * needs no class-path scanning.
   */
  static List<MigrationScript> in(String folder) {
    Path origin = origin();
    List<MigrationScript> scripts = new ArrayList<>();
    try {
      if (Files.isDirectory(origin)) {
        readDirectory(origin.resolve(folder), scripts);
      } else {
        readJar(origin, folder + "/", scripts);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the migrations in " + origin, e);
    }
    scripts.sort(Comparator.comparingInt(MigrationScript::version));
    for (int i = 1; i < scripts.size(); i++) {
      if (scripts.get(i).version() == scripts.get(i - 1).version()) {
        throw new IllegalStateException(
            "Two migrations have version " + scripts.get(i).version() + " in " + folder);
      }
    }
    if (scripts.isEmpty()) {
      throw new IllegalStateException("No migrations in " + folder + " of " + origin);
    }
    return scripts;
  }

  private static Path origin() {
    try {
      return Path.of(
          MigrationScript.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | RuntimeException e) {
      throw new IllegalStateException("Cannot tell where the migrations are", e);
    }
  }

  private static void readDirectory(Path dir, List<MigrationScript> scripts) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        if (name.endsWith(".sql")) {
          scripts.add(of(name, Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
    }
  }

  private static void readJar(Path jar, String prefix, List<MigrationScript> scripts)
      throws IOException {
    try (JarFile file = new JarFile(jar.toFile(), false)) {
      for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
        String path = entry.getName();
        if (path.startsWith(prefix)
            && path.endsWith(".sql")
            && path.indexOf('/', prefix.length()) < 0) {
          try (InputStream in = file.getInputStream(entry)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            scripts.add(of(path.substring(prefix.length()), sql));
          }
        }
      }
    }
  }

  private static MigrationScript of(String name, String sql) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      throw new IllegalStateException(
          "The migration " + name + " is not named V<version>__<description>.sql");
    }
    return new MigrationScript(
        Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), name, sql);
  }
}
