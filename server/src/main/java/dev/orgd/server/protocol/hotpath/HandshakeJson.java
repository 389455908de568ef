package dev.orgd.server.protocol.hotpath;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.orgd.server.protocol.JsonCodec;
import dev.orgd.server.protocol.wire.WireHandshake;
import dev.orgd.server.protocol.wire.WireHandshakeParty;
import dev.orgd.server.protocol.wire.WireHandshakeResource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serializers for the wire records a page of handshakes repeats: twenty handshakes, each with its
 * parties and nested resources. The generic bean serializer reads every member through reflection
 * and looks up a serializer per value; these write the same bytes (members in record order, null
 * members left out, timestamps as {@link JsonCodec#epochSecondsText}), which {@code
 * HandshakeJsonTest} checks.
 *
 * <p>Even so, escaping a page's twelve thousand characters one by one was most of a list call's
 * cost, and the same handshakes are listed again and again. So the handshake serializer keeps the
 * JSON of recently written handshakes, a bounded number of them, each with the wire record it was
 * written from, and writes those bytes again for a record that {@linkplain WireHandshake#equals
 * equals} it. That is exact: the JSON is a function of the record's value alone (its members are
 * strings, instants and immutable lists of such records), and the record already carries the state
 * the handshake has at the instant of the call ({@code Handshake.at(now)}), so nothing that depends
 * on the clock is kept.
 */
public final class HandshakeJson {
  private static final SerializableString ID = new SerializedString("Id");
  private static final SerializableString ARN = new SerializedString("Arn");
  private static final SerializableString PARTIES = new SerializedString("Parties");
  private static final SerializableString STATE = new SerializedString("State");
  private static final SerializableString REQUESTED = new SerializedString("RequestedTimestamp");
  private static final SerializableString EXPIRATION = new SerializedString("ExpirationTimestamp");
  private static final SerializableString ACTION = new SerializedString("Action");
  private static final SerializableString RESOURCES = new SerializedString("Resources");
  private static final SerializableString TYPE = new SerializedString("Type");
  private static final SerializableString VALUE = new SerializedString("Value");

  private HandshakeJson() {
    throw new AssertionError("not instantiable");
  }

  /**
   * How many handshakes' JSON is kept (a power of two): about 2 KiB each with its record, so at
   * most about 4 MiB, and far more than the pages that clients keep reading.
   */
  public static final int RECENT = 2048;

  /**
   * The module that registers the serializers; {@code factory} is the mapper's own, with which a
   * handshake is written on its own before its JSON is kept.
   */
  public static SimpleModule module(JsonFactory factory) {
    SimpleModule module = new SimpleModule("handshake-pages");
    module.addSerializer(WireHandshake.class, new HandshakeSerializer(factory));
    module.addSerializer(WireHandshakeParty.class, new PartySerializer());
    module.addSerializer(WireHandshakeResource.class, new ResourceSerializer());
    return module;
  }

  private static final class HandshakeSerializer extends StdSerializer<WireHandshake> {
    private final JsonFactory factory;

    /**
     * By handshake id. When it is full it is emptied and fills again with what is listed now: a
     * simple bound, and unlike slots by hash, two handshakes of one page never evict each other.
     */
    private final Map<String, Written> recent = new ConcurrentHashMap<>();

    HandshakeSerializer(JsonFactory factory) {
      super(WireHandshake.class);
      this.factory = factory;
    }

    @Override
    public void serialize(WireHandshake h, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      if (h.id() == null) { // never from orgd's domain; not worth keeping
        handshake(gen, h);
        return;
      }
      Written written = recent.get(h.id());
      if (written == null || written.handshake() != h) {
        // An equal record made elsewhere (the answer of the call that created the handshake, a
        // DescribeHandshake) keeps its JSON but takes this record's place: the pages that list it
        // again pass this same record (ListedHandshakes), found then without comparing members.
        written =
            written != null && written.handshake().equals(h)
                ? new Written(h, written.json())
                : new Written(h, json(h));
        if (recent.size() >= RECENT) {
          recent.clear();
        }
        recent.put(h.id(), written);
      }
      gen.writeRawValue(written.json());
    }

    private SerializedString json(WireHandshake h) throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
      try (JsonGenerator own = factory.createGenerator(bytes)) {
        handshake(own, h);
      }
      SerializedString json = new SerializedString(bytes.toString(StandardCharsets.UTF_8));
      json.asUnquotedUTF8(); // encoded once here, not by the first call that writes it
      return json;
    }
  }

  /** A handshake's JSON and the record it was written from. */
  private record Written(WireHandshake handshake, SerializedString json) {}

  private static void handshake(JsonGenerator gen, WireHandshake h) throws IOException {
    gen.writeStartObject(h);
    string(gen, ID, h.id());
    string(gen, ARN, h.arn());
    if (h.parties() != null) {
      gen.writeFieldName(PARTIES);
      gen.writeStartArray();
      for (WireHandshakeParty party : h.parties()) {
        party(gen, party);
      }
      gen.writeEndArray();
    }
    string(gen, STATE, h.state());
    timestamp(gen, REQUESTED, h.requestedTimestamp());
    timestamp(gen, EXPIRATION, h.expirationTimestamp());
    string(gen, ACTION, h.action());
    resources(gen, h.resources());
    gen.writeEndObject();
  }

  private static final class PartySerializer extends StdSerializer<WireHandshakeParty> {
    PartySerializer() {
      super(WireHandshakeParty.class);
    }

    @Override
    public void serialize(WireHandshakeParty party, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      party(gen, party);
    }
  }

  private static final class ResourceSerializer extends StdSerializer<WireHandshakeResource> {
    ResourceSerializer() {
      super(WireHandshakeResource.class);
    }

    @Override
    public void serialize(WireHandshakeResource r, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      resource(gen, r);
    }
  }

  private static void party(JsonGenerator gen, WireHandshakeParty party) throws IOException {
    if (party == null) {
      gen.writeNull();
      return;
    }
    gen.writeStartObject(party);
    string(gen, ID, party.id());
    string(gen, TYPE, party.type());
    gen.writeEndObject();
  }

  private static void resource(JsonGenerator gen, WireHandshakeResource r) throws IOException {
    if (r == null) {
      gen.writeNull();
      return;
    }
    gen.writeStartObject(r);
    string(gen, VALUE, r.value());
    string(gen, TYPE, r.type());
    resources(gen, r.resources());
    gen.writeEndObject();
  }

  private static void resources(JsonGenerator gen, List<WireHandshakeResource> resources)
      throws IOException {
    if (resources == null) {
      return;
    }
    gen.writeFieldName(RESOURCES);
    gen.writeStartArray();
    for (WireHandshakeResource r : resources) {
      resource(gen, r);
    }
    gen.writeEndArray();
  }

  private static void string(JsonGenerator gen, SerializableString name, String value)
      throws IOException {
    if (value != null) {
      gen.writeFieldName(name);
      gen.writeString(value);
    }
  }

  private static void timestamp(JsonGenerator gen, SerializableString name, Instant value)
      throws IOException {
    if (value != null) {
      gen.writeFieldName(name);
      gen.writeNumber(JsonCodec.epochSecondsText(value));
    }
  }
}
