package dev.orgd.server.control;

import dev.orgd.server.snapshot.StateDocument;
import dev.orgd.server.snapshot.StateSnapshots;

/** {@code GET /_orgd/state}: everything orgd holds as one versioned JSON document. */
final class ExportState implements ControlRoute<NoBody> {
  private final StateSnapshots snapshots;

  ExportState(StateSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  @Override
  public Class<NoBody> requestType() {
    return NoBody.class;
  }

  @Override
  public StateDocument answer(NoBody request) {
    if (snapshots == null) {
      throw ControlError.notFound("this server has no state snapshots");
    }
    return snapshots.export();
  }
}
