package dev.orgd.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orgd.core.store.Store;

/** {@code GET /_orgd/health}: the storage backend, orgd's version and the schema's. */
final class Health implements ControlRoute<NoBody> {
  private final Store store;
  private final String version;

  Health(Store store, String version) {
    this.store = store;
    this.version = version;
  }

  record Status(
      @JsonProperty("status") String status,
      @JsonProperty("storage") String storage,
      @JsonProperty("version") String version,
      @JsonProperty("schemaVersion") String schemaVersion) {}

  @Override
  public Class<NoBody> requestType() {
    return NoBody.class;
  }

  @Override
  public Status answer(NoBody request) {
    return new Status("ok", store.kind(), version, store.schemaVersion());
  }
}
