package dev.orgd.server.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.orgd.server.snapshot.StateDocument;
import dev.orgd.server.snapshot.StateSnapshots;

/**
 * {@code POST /_orgd/state}: replaces everything orgd holds with a document from {@code GET
 * /_orgd/state} (of any backend). A document orgd cannot read is 400 and changes nothing.
 */
final class ImportState implements ControlRoute<StateDocument> {
  private final StateSnapshots snapshots;

  ImportState(StateSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  record Loaded(@JsonProperty("format") String format, @JsonProperty("version") int version) {}

  @Override
  public Class<StateDocument> requestType() {
    return StateDocument.class;
  }

  @Override
  public Loaded answer(StateDocument document) {
    if (snapshots == null) {
      throw ControlError.notFound("this server has no state snapshots");
    }
    try {
      snapshots.load(document);
    } catch (IllegalArgumentException e) {
      throw ControlError.badRequest(e.getMessage());
    }
    return new Loaded(StateSnapshots.FORMAT, StateSnapshots.VERSION);
  }
}
