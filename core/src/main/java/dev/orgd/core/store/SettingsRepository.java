package dev.orgd.core.store;

/** What belongs to the whole store rather than to one aggregate. */
public interface SettingsRepository {

  ClockSetting clock();

  void saveClock(ClockSetting setting);

  /**
   * A random key, made once per store and kept with its data, that signs pagination tokens so that
   * every node of a shared store accepts the tokens of the others.
   */
  byte[] tokenKey();
}
