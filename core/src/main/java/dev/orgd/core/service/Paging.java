package dev.orgd.core.service;

import dev.orgd.core.error.InvalidInputReason;
import dev.orgd.core.error.OrgdException;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.page.Page;
import dev.orgd.core.page.PageRequest;
import dev.orgd.core.page.PageTokens;
import dev.orgd.core.store.HandshakeCursor;
import dev.orgd.core.store.HandshakeQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Pages of listings. Positions are keys (never offsets), carried in tokens bound to the caller, the
 * operation and the filter.
 */
final class Paging {
  private Paging() {
    throw new AssertionError("not instantiable");
  }

  /**
   * One page of handshakes. It reads at most one more row than the page holds, so its cost does not
   * depend on how many handshakes are stored. Rows past their retention that have not been purged
   * yet take a place on the page without being shown: such a page has fewer items than asked for,
   * possibly none, and still a NextToken, as AWS documents for its List operations.
   */
  static Page<Handshake> handshakes(
      Session s, HandshakeQuery query, PageRequest request, String binding) {
    HandshakeCursor after = null;
    if (request.nextToken() != null) {
      after = decodeCursor(PageTokens.decode(s.tx.tokenKey(), binding, request.nextToken()));
    }
    int size = request.size();
    List<Handshake> rows = s.tx.handshakes(query, after, size + 1);
    boolean more = rows.size() > size;
    List<Handshake> scanned = more ? rows.subList(0, size) : rows;
    List<Handshake> items = new ArrayList<>(scanned.size());
    for (Handshake h : scanned) {
      if (h.isVisibleAt(s.now)) {
        items.add(h.at(s.now));
      }
    }
    String next = null;
    if (more) {
      Handshake last = scanned.get(scanned.size() - 1);
      next =
          PageTokens.encode(
              s.tx.tokenKey(), binding, last.requestedAt().toEpochMilli() + ":" + last.sequence());
    }
    return new Page<>(items, next);
  }

  private static HandshakeCursor decodeCursor(String position) {
    int colon = position.indexOf(':');
    try {
      return new HandshakeCursor(
          Instant.ofEpochMilli(Long.parseLong(position.substring(0, colon))),
          Long.parseLong(position.substring(colon + 1)));
    } catch (RuntimeException e) {
      throw OrgdException.invalidInput(
          InvalidInputReason.INVALID_NEXT_TOKEN, "The provided pagination token is not valid.");
    }
  }

  /**
   * One page of a short list that is already in its final order, keyed by {@code key} (unique and
   * increasing along the list).
   */
  static <T> Page<T> ofSorted(
      Session s, List<T> all, Function<T, String> key, PageRequest request, String binding) {
    String after = null;
    if (request.nextToken() != null) {
      after = PageTokens.decode(s.tx.tokenKey(), binding, request.nextToken());
    }
    int start = 0;
    if (after != null) {
      while (start < all.size() && key.apply(all.get(start)).compareTo(after) <= 0) {
        start++;
      }
    }
    int end = Math.min(all.size(), start + request.size());
    List<T> items = all.subList(start, end);
    String next =
        end < all.size()
            ? PageTokens.encode(s.tx.tokenKey(), binding, key.apply(all.get(end - 1)))
            : null;
    return new Page<>(items, next);
  }
}
