package dev.orgd.bench.target;

import java.util.Locale;

/** orgd's storage backends, as its {@code --storage} flag names them. */
public enum OrgdStorage {
  MEMORY,
  SQLITE,
  POSTGRES;

  /** The flag value: memory, sqlite or postgres. */
  public String flag() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static OrgdStorage fromFlag(String flag) {
    return valueOf(flag.toUpperCase(Locale.ROOT));
  }
}
