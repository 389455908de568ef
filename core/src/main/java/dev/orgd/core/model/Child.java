package dev.orgd.core.model;

import java.util.Objects;

/** A child of a root or OU, as ListChildren names it: an account id or an OU id. */
public record Child(String id, ChildType type) {
  public Child {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
  }
}
