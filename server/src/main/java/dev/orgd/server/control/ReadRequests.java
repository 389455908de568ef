package dev.orgd.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orgd.core.model.AccountId;
import dev.orgd.server.testkit.Journal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /_orgd/requests}: the recent AWS calls, newest first, filtered by {@code ?operation=},
 * {@code ?account=} and {@code ?outcome=} ({@code ok}, {@code error} or an error's name), at most
 * {@code ?limit=} (default and most: the journal's capacity).
 */
final class ReadRequests implements ControlRoute<NoBody> {
  private static final Set<String> PARAMETERS = Set.of("operation", "account", "outcome", "limit");

  private final Journal journal;

  ReadRequests(Journal journal) {
    this.journal = journal;
  }

  record Requests(@JsonProperty("requests") List<Journal.Entry> requests) {}

  @Override
  public Class<NoBody> requestType() {
    return NoBody.class;
  }

  @Override
  public Requests answer(NoBody request) {
    return answer(request, Map.of());
  }

  @Override
  public Requests answer(NoBody request, Map<String, String> query) {
    for (String name : query.keySet()) {
      if (!PARAMETERS.contains(name)) {
        throw ControlError.badRequest("unknown parameter " + name + "; expected " + PARAMETERS);
      }
    }
    String account = query.get("account");
    if (account != null && !AccountId.isValid(account)) {
      throw ControlError.badRequest("account must be 12 digits");
    }
    return new Requests(
        journal.recent(query.get("operation"), account, query.get("outcome"), limit(query)));
  }

  private static int limit(Map<String, String> query) {
    String text = query.get("limit");
    if (text == null) {
      return Journal.CAPACITY;
    }
    try {
      int limit = Integer.parseInt(text);
      if (limit >= 1 && limit <= Journal.CAPACITY) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw ControlError.badRequest("limit must be 1 to " + Journal.CAPACITY);
  }
}
