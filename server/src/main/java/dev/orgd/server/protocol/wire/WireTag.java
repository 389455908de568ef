package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.Tag;
import java.util.List;

/** The model's Tag. */
public record WireTag(String key, String value) {

  public Tag toDomain() {
    return new Tag(key, value);
  }

  /** The domain tags of an optional list. */
  public static List<Tag> toDomain(List<WireTag> tags) {
    return tags == null ? List.of() : tags.stream().map(WireTag::toDomain).toList();
  }
}
