package dev.orgd.server.protocol.wire;

import java.util.List;

/** The model's Tag. */
public record Tag(String key, String value) {

  public dev.orgd.core.model.Tag toDomain() {
    return new dev.orgd.core.model.Tag(key, value);
  }

  /** The domain tags of an optional list. */
  public static List<dev.orgd.core.model.Tag> toDomain(List<Tag> tags) {
    return tags == null ? List.of() : tags.stream().map(Tag::toDomain).toList();
  }
}
