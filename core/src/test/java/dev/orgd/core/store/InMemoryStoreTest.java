package dev.orgd.core.store;

/** The reference store passes the store contract. */
class InMemoryStoreTest extends StoreContract {

  @Override
  protected Store newStore() {
    return new InMemoryStore();
  }
}
