package dev.orgd.core.service;

import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The service principals that may be enabled for trusted access or delegated to an administrator:
 * AWS's list ({@code service-principals.txt} beside this class, one per line, {@code #} comments)
 * plus those the user adds (a file at start, the control plane at run time). Any other principal is
 * {@code InvalidInputException} {@code UNRECOGNIZED_SERVICE_PRINCIPAL}. Shared by the threads of
 * one process; what is added at run time is not stored.
 */
public final class ServicePrincipals {
  private static final String BUILT_IN = "service-principals.txt";

  private final Set<String> known = ConcurrentHashMap.newKeySet();

  /** AWS's list. */
  public ServicePrincipals() {
    try (InputStream in = ServicePrincipals.class.getResourceAsStream(BUILT_IN)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUILT_IN);
      }
      known.addAll(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The principals of a text of one principal a line; blank lines and everything after a {@code #}
   * are ignored.
   */
  public static List<String> parse(String text) {
    return text.lines()
        .map(line -> line.replaceFirst("#.*", "").strip())
        .filter(line -> !line.isEmpty())
        .toList();
  }

  /** Whether {@code principal} looks like one (the model's pattern and length). */
  public static boolean isWellFormed(String principal) {
    return principal != null
        && !principal.isEmpty()
        && principal.length() <= 128
        && principal.matches("[\\w+=,.@-]*");
  }

  /** Recognizes {@code principals} from now on. */
  public void addAll(Collection<String> principals) {
    for (String principal : principals) {
      if (!isWellFormed(principal)) {
        throw new IllegalArgumentException("not a service principal: " + principal);
      }
    }
    known.addAll(principals);
  }

  public boolean isRecognized(String principal) {
    return known.contains(principal);
  }

  /** Every recognized principal, sorted. */
  public List<String> all() {
    return known.stream().sorted().toList();
  }

  /** {@code UNRECOGNIZED_SERVICE_PRINCIPAL} unless {@code principal} is recognized. */
  void require(String principal) {
    if (!isRecognized(principal)) {
      throw OrgdException.invalidInput(
          InvalidInputReason.UNRECOGNIZED_SERVICE_PRINCIPAL,
          "You specified a service principal that isn't recognized.");
    }
  }
}
