package dev.orgd.server.protocol.hotpath;

import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.server.protocol.wire.WireHandshake;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The wire records of recently listed handshakes, by id, each with the domain record it was made
 * from. On the memory store a page lists the same stored records call after call; a domain record
 * never changes, so the same record always makes the same wire record, and that one is reused
 * (which also lets {@code HandshakeJson} find the JSON it keeps for it at once). A handshake that
 * changed, or one read at an instant that expired it, is another record and is mapped afresh.
 * Emptied when it reaches {@link #KEPT} entries.
 */
public final class ListedHandshakes {
  public static final int KEPT = 2048;

  private final Map<HandshakeId, Listed> recent = new ConcurrentHashMap<>();

  /** The wire form of a page of handshakes. */
  public List<WireHandshake> of(List<Handshake> page) {
    List<WireHandshake> wire = new ArrayList<>(page.size());
    for (Handshake h : page) {
      wire.add(of(h));
    }
    return Collections.unmodifiableList(wire);
  }

  private WireHandshake of(Handshake h) {
    Listed listed = recent.get(h.id());
    if (listed == null || listed.domain() != h) {
      listed = new Listed(h, WireHandshake.of(h));
      if (recent.size() >= KEPT) {
        recent.clear();
      }
      recent.put(h.id(), listed);
    }
    return listed.wire();
  }

  private record Listed(Handshake domain, WireHandshake wire) {}
}
