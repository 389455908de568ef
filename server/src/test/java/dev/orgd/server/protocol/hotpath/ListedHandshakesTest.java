package dev.orgd.server.protocol.hotpath;

import static org.assertj.core.api.Assertions.assertThat;

import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.ActionType;
import dev.orgd.core.model.Handshake;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.HandshakeState;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.Party;
import dev.orgd.core.model.PartyType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListedHandshakesTest {
  private static final Instant REQUESTED = Instant.ofEpochMilli(1482952459257L);

  private final ListedHandshakes listed = new ListedHandshakes();

  @Test
  void theSameStoredHandshakeMapsToTheSameWireRecord() {
    Handshake stored = open("h-00000001");

    dev.orgd.server.protocol.wire.WireHandshake first = listed.of(List.of(stored)).get(0);

    assertThat(listed.of(List.of(stored)).get(0)).isSameAs(first);
    assertThat(first).isEqualTo(dev.orgd.server.protocol.wire.WireHandshake.of(stored));
  }

  @Test
  void aHandshakeReadAsExpiredOrChangedIsMappedAsItIsNow() {
    Handshake stored = open("h-00000002");
    listed.of(List.of(stored));

    Handshake expired = stored.at(REQUESTED.plus(Duration.ofDays(16)));
    Handshake canceled = stored.withState(HandshakeState.CANCELED, REQUESTED.plusSeconds(1));

    assertThat(listed.of(List.of(expired)).get(0).state()).isEqualTo("EXPIRED");
    assertThat(listed.of(List.of(canceled)).get(0).state()).isEqualTo("CANCELED");
    assertThat(listed.of(List.of(stored)).get(0).state()).isEqualTo("OPEN");
  }

  @Test
  void moreHandshakesThanAreKeptAreEachMappedAsThemselves() {
    for (int i = 0; i < ListedHandshakes.KEPT + 100; i++) {
      Handshake h = open(String.format("h-%08d", i));
      assertThat(listed.of(List.of(h)).get(0).id()).isEqualTo(h.id().value());
    }
  }

  private static Handshake open(String id) {
    return new Handshake(
        new HandshakeId(id),
        new OrganizationId("o-0000000001"),
        new AccountId("111111111111"),
        ActionType.INVITE,
        HandshakeState.OPEN,
        REQUESTED,
        REQUESTED.plus(Duration.ofDays(15)),
        REQUESTED,
        List.of(
            new Party("o-0000000001", PartyType.ORGANIZATION),
            new Party("222222222222", PartyType.ACCOUNT)),
        List.of(),
        null,
        new AccountId("222222222222"),
        null,
        List.of(),
        1);
  }
}
