package dev.orgd.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Checks of the pages a client's paginator walked, as a scenario script reports them. */
public final class Pages {
  private Pages() {}

  /**
   * {@code pages} (objects with {@code ids} and a boolean {@code tokenField}) cut {@code all}, in
   * order, into pages of {@code size}; every page but the last carried a NextToken.
   */
  public static void assertPartition(
      JsonNode pages, List<String> all, int size, String tokenField) {
    int expectedPages = (all.size() + size - 1) / size;
    assertThat(pages).as("pages").hasSize(expectedPages);
    for (int i = 0; i < expectedPages; i++) {
      JsonNode page = pages.get(i);
      assertThat(Summary.strings(page.get("ids")))
          .as("page %d", i)
          .containsExactlyElementsOf(all.subList(i * size, Math.min(all.size(), (i + 1) * size)));
      assertThat(page.get(tokenField).asBoolean())
          .as("page %d carries a NextToken", i)
          .isEqualTo(i < expectedPages - 1);
    }
  }

  /** The ids in creation order, newest first (the listing order of CONTRACT section 7). */
  public static List<String> newestFirst(List<String> created) {
    List<String> copy = new ArrayList<>(created);
    Collections.reverse(copy);
    return copy;
  }
}
