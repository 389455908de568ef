package dev.orgd.core.model;

import java.util.Objects;

/** A tag: key and value (the value may be empty, never null). */
public record Tag(String key, String value) {
  public Tag {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(value, "value");
  }
}
