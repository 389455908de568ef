package dev.orgd.server.protocol.wire;

import dev.orgd.core.model.ResponsibilityTransfer;
import dev.orgd.core.service.ResponsibilityTransferService.TransferView;
import java.time.Instant;
import java.util.List;

/** The model's ResponsibilityTransfer, as one of its two management accounts sees it. */
public record WireResponsibilityTransfer(
    String arn,
    String name,
    String id,
    String type,
    String status,
    WireTransferParticipant source,
    WireTransferParticipant target,
    Instant startTimestamp,
    Instant endTimestamp,
    String activeHandshakeId) {

  public static WireResponsibilityTransfer of(TransferView view) {
    ResponsibilityTransfer t = view.transfer();
    return new WireResponsibilityTransfer(
        view.arn(),
        t.name(),
        t.id().value(),
        t.type().name(),
        t.status().name(),
        new WireTransferParticipant(
            t.sourceManagementAccount().value(), view.sourceManagementEmail()),
        new WireTransferParticipant(
            t.targetManagementAccount().value(), view.targetManagementEmail()),
        t.startAt(),
        t.endAt(),
        t.handshakeId().value());
  }

  public static List<WireResponsibilityTransfer> of(List<TransferView> views) {
    return views.stream().map(WireResponsibilityTransfer::of).toList();
  }
}
