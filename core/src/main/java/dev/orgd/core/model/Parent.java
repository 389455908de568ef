package dev.orgd.core.model;

import java.util.Objects;

/** The parent of an account or OU, as ListParents names it: the root's id or an OU id. */
public record Parent(String id, ParentType type) {
  public Parent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
  }
}
