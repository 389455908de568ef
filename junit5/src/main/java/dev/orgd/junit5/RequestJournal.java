package dev.orgd.junit5;

import dev.orgd.server.testkit.Journal;
import java.util.List;

/**
 * The recent AWS calls of an in-process orgd, newest first, with a fluent filter:
 *
 * <pre>{@code
 * List<RecordedCall> throttled =
 *     orgd.journal().operation("DescribeOrganization").outcome("TooManyRequestsException").list();
 * }</pre>
 */
public final class RequestJournal {
  private final Journal journal;
  private final String operation;
  private final String account;
  private final String outcome;

  RequestJournal(Journal journal) {
    this(journal, null, null, null);
  }

  private RequestJournal(Journal journal, String operation, String account, String outcome) {
    this.journal = journal;
    this.operation = operation;
    this.account = account;
    this.outcome = outcome;
  }

  /** Only calls of this operation. */
  public RequestJournal operation(String name) {
    return new RequestJournal(journal, name, account, outcome);
  }

  /** Only calls by this account. */
  public RequestJournal account(String accountId) {
    return new RequestJournal(journal, operation, accountId, outcome);
  }

  /** Only calls with this outcome: {@code "ok"}, {@code "error"} or an error's name. */
  public RequestJournal outcome(String outcome) {
    return new RequestJournal(journal, operation, account, outcome);
  }

  /** The matching calls, newest first. */
  public List<RecordedCall> list() {
    return journal.recent(operation, account, outcome, Journal.CAPACITY).stream()
        .map(
            e ->
                new RecordedCall(
                    e.time(),
                    e.requestId(),
                    e.account(),
                    e.operation(),
                    e.status(),
                    e.errorCode(),
                    e.latencyMs()))
        .toList();
  }

  /** Forgets every call recorded so far. */
  public void clear() {
    journal.clear();
  }
}
