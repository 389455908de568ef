package dev.orgd.server.auth;

import dev.orgd.core.model.AccountId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The access keys orgd knows and the control plane's admin token (CONTRACT sections 2 and 8).
 * Without authentication, a known key names its account (a 12-digit key names itself); with {@code
 * --auth sigv4} every request must be signed with one of these keys, and the control plane answers
 * only requests that carry {@code Authorization: Bearer <admin token>}.
 */
public final class Credentials {
  private static final Credentials NONE = new Credentials(Map.of(), null);

  private final Map<String, Credential> byAccessKeyId;
  private final String adminToken;

  private Credentials(Map<String, Credential> byAccessKeyId, String adminToken) {
    this.byAccessKeyId = Map.copyOf(byAccessKeyId);
    this.adminToken = adminToken;
  }

  /** No keys and no admin token. */
  public static Credentials none() {
    return NONE;
  }

  /**
   * These keys and this admin token ({@code null}: none).
   *
   * @throws IllegalArgumentException when two credentials share an access key id, or the token is
   *     blank
   */
  public static Credentials of(Collection<Credential> credentials, String adminToken) {
    Map<String, Credential> byId = new LinkedHashMap<>();
    for (Credential c : credentials) {
      if (byId.putIfAbsent(c.accessKeyId(), c) != null) {
        throw new IllegalArgumentException("access key id " + c.accessKeyId() + " appears twice");
      }
    }
    if (adminToken != null && adminToken.isBlank()) {
      throw new IllegalArgumentException("the admin token must not be blank");
    }
    return new Credentials(byId, adminToken);
  }

  /**
   * Reads a credentials file: one key a line, {@code <access key id> <secret access key> <account
   * id>} separated by blanks; empty lines and lines starting with {@code #} are skipped.
   *
   * @throws IllegalArgumentException naming the line that is not a credential
   * @throws IOException when the file cannot be read
   */
  public static List<Credential> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    List<Credential> credentials = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\s+");
      if (fields.length != 3 || !AccountId.isValid(fields[2])) {
        throw new IllegalArgumentException(
            file
                + " line "
                + (i + 1)
                + ": expected <access key id> <secret access key> <12-digit account id>");
      }
      credentials.add(new Credential(fields[0], fields[1], new AccountId(fields[2])));
    }
    return credentials;
  }

  /** The credential with this access key id. */
  public Optional<Credential> find(String accessKeyId) {
    return accessKeyId == null
        ? Optional.empty()
        : Optional.ofNullable(byAccessKeyId.get(accessKeyId));
  }

  public boolean isEmpty() {
    return byAccessKeyId.isEmpty();
  }

  public int size() {
    return byAccessKeyId.size();
  }

  public boolean hasAdminToken() {
    return adminToken != null;
  }

  /** Whether {@code token} is the admin token (compared in constant time). */
  public boolean isAdminToken(String token) {
    return adminToken != null
        && token != null
        && MessageDigest.isEqual(
            adminToken.getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Credentials c
        && byAccessKeyId.equals(c.byAccessKeyId)
        && Objects.equals(adminToken, c.adminToken);
  }

  @Override
  public int hashCode() {
    return Objects.hash(byAccessKeyId, adminToken);
  }

  /** Never shows a secret or the token. */
  @Override
  public String toString() {
    return "Credentials["
        + byAccessKeyId.size()
        + " keys"
        + (adminToken == null ? "" : ", an admin token")
        + "]";
  }
}
