package dev.orgd.server.testkit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recent AWS calls of one server, newest first, bounded: a ring of {@link #CAPACITY} entries
 * that a call writes without a lock. Nothing secret is kept: the entry has the caller's account,
 * never a header, key or signature. Each call can also be one INFO line in the log ({@code
 * dev.orgd.requests}), with the same fields.
 */
public final class Journal {
  /** How many calls the journal keeps. */
  public static final int CAPACITY = 1000;

  private static final Logger LOG = LoggerFactory.getLogger("dev.orgd.requests");

  /**
   * One call.
   *
   * @param account the calling account, or null when the caller could not be resolved
   * @param errorCode the AWS error's name, or null for a success
   */
  public record Entry(
      @JsonProperty("time") Instant time,
      @JsonProperty("requestId") String requestId,
      @JsonProperty("account") String account,
      @JsonProperty("operation") String operation,
      @JsonProperty("status") int status,
      @JsonProperty("errorCode") String errorCode,
      @JsonProperty("latencyMs") double latencyMs) {

    /** "ok" for a success, else "error"; a filter may also name the error code. */
    public boolean hasOutcome(String outcome) {
      return switch (outcome) {
        case "ok" -> errorCode == null;
        case "error" -> errorCode != null;
        default -> outcome.equals(errorCode);
      };
    }
  }

  private record Slot(long sequence, Entry entry) {}

  private final AtomicReferenceArray<Slot> ring = new AtomicReferenceArray<>(CAPACITY);
  private final AtomicLong written = new AtomicLong();
  private volatile long clearedAt;
  private final boolean log;

  /**
   * @param log whether each call is also a line in the log at INFO
   */
  public Journal(boolean log) {
    this.log = log;
  }

  public void record(Entry entry) {
    long sequence = written.getAndIncrement();
    ring.set((int) (sequence % CAPACITY), new Slot(sequence, entry));
    if (log && LOG.isInfoEnabled()) {
      LOG.info(
          "request id={} account={} operation={} status={} error={} latencyMs={}",
          entry.requestId(),
          entry.account() == null ? "-" : entry.account(),
          entry.operation(),
          entry.status(),
          entry.errorCode() == null ? "-" : entry.errorCode(),
          String.format("%.3f", entry.latencyMs()));
    }
  }

  /**
   * The recent calls, newest first, that match every filter given (null: any).
   *
   * @param outcome "ok", "error" or an error code
   */
  public List<Entry> recent(String operation, String account, String outcome, int limit) {
    List<Entry> out = new ArrayList<>();
    long end = written.get();
    long start = Math.max(clearedAt, end - CAPACITY);
    for (long s = end - 1; s >= start && out.size() < limit; s--) {
      Slot slot = ring.get((int) (s % CAPACITY));
      if (slot == null || slot.sequence() != s) {
        continue; // overwritten since, or not written yet
      }
      Entry e = slot.entry();
      if ((operation == null || operation.equals(e.operation()))
          && (account == null || account.equals(e.account()))
          && (outcome == null || e.hasOutcome(outcome))) {
        out.add(e);
      }
    }
    return out;
  }

  /** Forgets every call recorded so far. */
  public void clear() {
    clearedAt = written.get();
  }
}
