package dev.orgd.core.page;

/**
 * What a list call asked for: at most {@code maxResults} items (null: the default) after the
 * position {@code nextToken} names (null: the first page).
 */
public record PageRequest(Integer maxResults, String nextToken) {
  /** The page size when the caller gives none, and the largest it may give. */
  public static final int DEFAULT_MAX_RESULTS = 20;

  public static PageRequest first() {
    return new PageRequest(null, null);
  }

  public int size() {
    return maxResults == null ? DEFAULT_MAX_RESULTS : maxResults;
  }
}
