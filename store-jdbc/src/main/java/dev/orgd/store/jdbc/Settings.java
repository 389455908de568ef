package dev.orgd.store.jdbc;

import dev.orgd.core.store.ClockSetting;
import dev.orgd.core.store.SettingsRepository;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** The settings table: named values that belong to the whole store (clock, token key). */
final class Settings extends JdbcRepository implements SettingsRepository {
  static final String TOKEN_KEY = "token_key";
  private static final String CLOCK_OFFSET = "clock_offset_millis";
  private static final String CLOCK_FROZEN_AT = "clock_frozen_at_millis";
  private static final String UPSERT = Sql.upsert("settings", 1, "name", "value");

  private final byte[] tokenKey;

  /** The settings of a unit of work, on a store whose token key is {@code tokenKey}. */
  Settings(Sql sql, boolean writable, byte[] tokenKey) {
    super(sql, writable);
    this.tokenKey = tokenKey;
  }

  /** The settings while the store opens, before it knows its token key. */
  Settings(Sql sql) {
    this(sql, true, null);
  }

  @Override
  public byte[] tokenKey() {
    return tokenKey.clone();
  }

  @Override
  public ClockSetting clock() {
    Map<String, String> values =
        sql
            .list(
                "SELECT name, value FROM settings WHERE name IN (?, ?)",
                rs -> Map.entry(rs.getString("name"), rs.getString("value")),
                CLOCK_OFFSET,
                CLOCK_FROZEN_AT)
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    if (values.isEmpty()) {
      return ClockSetting.REAL_TIME;
    }
    String frozenAt = values.get(CLOCK_FROZEN_AT);
    return new ClockSetting(
        Long.parseLong(values.getOrDefault(CLOCK_OFFSET, "0")),
        frozenAt == null ? null : Instant.ofEpochMilli(Long.parseLong(frozenAt)));
  }

  @Override
  public void saveClock(ClockSetting setting) {
    writable();
    sql.update(UPSERT, CLOCK_OFFSET, Long.toString(setting.offsetMillis()));
    if (setting.frozen()) {
      sql.update(UPSERT, CLOCK_FROZEN_AT, Long.toString(setting.frozenAt().toEpochMilli()));
    } else {
      sql.update("DELETE FROM settings WHERE name = ?", CLOCK_FROZEN_AT);
    }
  }

  /**
   * The store's token key: {@code candidate} if no node stored one before, else the stored one.
   * Several nodes starting at once all end up with the key of whichever inserted first.
   */
  byte[] tokenKey(byte[] candidate) {
    sql.update(
        "INSERT INTO settings (name, value) VALUES (?, ?) ON CONFLICT (name) DO NOTHING",
        TOKEN_KEY,
        Base64.getEncoder().encodeToString(candidate));
    String stored =
        sql.one("SELECT value FROM settings WHERE name = ?", rs -> rs.getString(1), TOKEN_KEY)
            .orElseThrow();
    return Base64.getDecoder().decode(stored);
  }

  void deleteAllButTokenKey() {
    sql.update("DELETE FROM settings WHERE name <> ?", TOKEN_KEY);
  }
}
