package dev.orgd.server;

import dev.orgd.core.store.InMemoryStore;
import dev.orgd.core.store.Store;

/** Opens the store a {@link ServerConfig} names: the one place that knows every backend. */
public final class StoreFactory {

  private StoreFactory() {
    throw new AssertionError("not instantiable");
  }

  /**
   * A new store for {@code config}.
   *
   * @throws NotAvailableException for a backend this build does not include
   */
  public static Store open(ServerConfig config) {
    return switch (config.storage()) {
      case MEMORY -> new InMemoryStore();
      case SQLITE, POSTGRES ->
          throw new NotAvailableException(
              "storage '"
                  + config.storage().id()
                  + "' is not available yet in this build; use --storage memory");
    };
  }
}
