package dev.orgd.core.service;

import dev.orgd.core.error.ConstraintViolationReason;
import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Tag;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules for tags given with an invitation or a new account, beyond the model's patterns. */
final class Tags {
  static final int MAX_TAGS = 50;

  private Tags() {
    throw new AssertionError("not instantiable");
  }

  static List<Tag> check(List<Tag> tags) {
    Set<String> keys = new HashSet<>();
    for (Tag tag : tags) {
      if (tag.key().toLowerCase(Locale.ROOT).startsWith("aws:")) {
        throw OrgdException.invalidInput(
            InvalidInputReason.INVALID_SYSTEM_TAGS_PARAMETER,
            "You provided a system tag (prefix aws:), which is not allowed.");
      }
      if (!keys.add(tag.key())) {
        throw OrgdException.invalidInput(
            InvalidInputReason.DUPLICATE_TAG_KEY, "Tag keys must be unique: " + tag.key());
      }
    }
    if (tags.size() > MAX_TAGS) {
      throw OrgdException.constraint(
          ConstraintViolationReason.MAX_TAG_LIMIT_EXCEEDED,
          "You have exceeded the number of tags allowed on a resource.");
    }
    return List.copyOf(tags);
  }
}
