package dev.orgd.server.control;

import dev.orgd.server.testkit.Journal;

/** {@code DELETE /_orgd/requests}: forgets the calls recorded so far. */
final class ClearRequests implements ControlRoute<NoBody> {
  private final Journal journal;

  ClearRequests(Journal journal) {
    this.journal = journal;
  }

  @Override
  public Class<NoBody> requestType() {
    return NoBody.class;
  }

  @Override
  public NoBody answer(NoBody request) {
    journal.clear();
    return new NoBody();
  }
}
