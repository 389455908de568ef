package dev.orgd.server.snapshot;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import dev.orgd.core.model.AccountId;
import dev.orgd.core.model.CreateAccountRequestId;
import dev.orgd.core.model.HandshakeId;
import dev.orgd.core.model.OrganizationId;
import dev.orgd.core.model.OrganizationalUnitId;
import dev.orgd.core.model.PolicyId;
import dev.orgd.core.model.ResponsibilityTransferId;
import dev.orgd.core.model.RootId;
import dev.orgd.core.store.Store;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * State snapshots: everything a store holds as one versioned JSON document ({@link StateDocument}),
 * exported in one read unit of work and loaded in one write unit that empties the store first, so a
 * load is all or nothing. Each aggregate is one {@link SnapshotSection} in {@link #SECTIONS}; a
 * document that lacks a section (one written before that aggregate existed) loads it empty.
 */
public final class StateSnapshots {
  /** The document's {@code format}. */
  public static final String FORMAT = "orgd-state";

  /**
   * The document version this orgd writes and reads. Raise it when a row's shape changes. 2: an
   * account row has {@code closureRequestedAt} and {@code govCloudAccountId} and a create-account
   * request's status {@code govCloudAccountId}, which a version 1 document lacks and a version 1
   * reader refuses.
   */
  public static final int VERSION = 2;

  /**
   * Every section, in load order (a section may rely on those before it). A new aggregate adds its
   * section here.
   */
  public static final List<SnapshotSection<?>> SECTIONS =
      List.of(
          new OrganizationsSection(),
          new AccountsSection(),
          new OrganizationalUnitsSection(),
          new HandshakesSection(),
          new CreateAccountRequestsSection(),
          new DelegatedAdministratorsSection(),
          new EnabledServicesSection(),
          new EnabledPolicyTypesSection(),
          new PoliciesSection(),
          new PolicyAttachmentsSection(),
          new ResourcePoliciesSection(),
          new ResponsibilityTransfersSection(),
          new ResourceTagsSection(),
          new ClockSection());

  private final Store store;
  private final String orgdVersion;
  private final ObjectMapper mapper = mapper();

  public StateSnapshots(Store store, String orgdVersion) {
    this.store = store;
    this.orgdVersion = orgdVersion;
  }

  /** Everything the store holds, at one consistent instant. */
  public StateDocument export() {
    ObjectNode sections = mapper.createObjectNode();
    store.read(
        tx -> {
          for (SnapshotSection<?> section : SECTIONS) {
            sections.set(section.name(), mapper.valueToTree(section.export(tx)));
          }
          return null;
        });
    return new StateDocument(FORMAT, VERSION, orgdVersion, Instant.now().toString(), sections);
  }

  /**
   * Replaces everything the store holds with the document's state. A document that is not a
   * snapshot this orgd can read is an {@link IllegalArgumentException} that says why, and changes
   * nothing.
   */
  public void load(StateDocument document) {
    Map<SnapshotSection<?>, List<?>> rows = decode(document);
    store.write(
        tx -> {
          tx.deleteAll();
          rows.forEach((section, list) -> loadSection(section, tx, list));
          return null;
        });
  }

  /** Reads a document from JSON text (for {@code --seed FILE}). */
  public void load(byte[] json) {
    JsonNode tree;
    try {
      tree = mapper.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + firstLine(e));
    }
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("a state document is a JSON object");
    }
    JsonNode version = tree.get("version");
    load(
        new StateDocument(
            tree.path("format").asText(null),
            version != null && version.canConvertToInt() ? version.intValue() : null,
            null,
            null,
            tree.get("sections")));
  }

  @SuppressWarnings("unchecked")
  private static <T> void loadSection(
      SnapshotSection<T> section, dev.orgd.core.store.StoreTx tx, List<?> rows) {
    section.load(tx, (List<T>) rows);
  }

  private Map<SnapshotSection<?>, List<?>> decode(StateDocument document) {
    if (!FORMAT.equals(document.format())) {
      throw new IllegalArgumentException("format must be \"" + FORMAT + "\"");
    }
    if (document.version() == null) {
      throw new IllegalArgumentException("version is required");
    }
    if (document.version() != VERSION) {
      throw new IllegalArgumentException(
          "version " + document.version() + " is not one this orgd reads (" + VERSION + ")");
    }
    JsonNode sections = document.sections();
    if (sections == null || !sections.isObject()) {
      throw new IllegalArgumentException("sections must be an object");
    }
    Map<String, SnapshotSection<?>> known = new LinkedHashMap<>();
    SECTIONS.forEach(s -> known.put(s.name(), s));
    sections
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!known.containsKey(name)) {
                throw new IllegalArgumentException(
                    "unknown section " + name + "; this orgd has " + known.keySet());
              }
            });
    Map<SnapshotSection<?>, List<?>> rows = new LinkedHashMap<>();
    for (SnapshotSection<?> section : SECTIONS) {
      rows.put(section, rows(section, sections.get(section.name())));
    }
    return rows;
  }

  private <T> List<T> rows(SnapshotSection<T> section, JsonNode array) {
    List<T> rows = new ArrayList<>();
    if (array == null || array.isNull()) {
      return rows;
    }
    if (!array.isArray()) {
      throw new IllegalArgumentException("sections." + section.name() + " must be an array");
    }
    for (int i = 0; i < array.size(); i++) {
      try {
        T row = mapper.treeToValue(array.get(i), section.rowType());
        if (row == null) {
          throw new IllegalArgumentException("null row");
        }
        rows.add(row);
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "sections." + section.name() + "[" + i + "]: " + firstLine(e));
      }
    }
    return rows;
  }

  private static String firstLine(Exception e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause(); // a record's own check says best what is wrong
    }
    String message =
        e instanceof JsonProcessingException j && cause == e ? j.getOriginalMessage() : null;
    if (message == null) {
      message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
    return message.strip().lines().findFirst().orElse(message);
  }

  /** The snapshot's JSON: records by their components, ids as strings, instants as ISO-8601. */
  private static ObjectMapper mapper() {
    SimpleModule instants = new SimpleModule("snapshot-instants");
    instants.addSerializer(Instant.class, ToStringSerializer.instance);
    instants.addDeserializer(
        Instant.class,
        new JsonDeserializer<>() {
          @Override
          public Instant deserialize(JsonParser p, DeserializationContext ctx) throws IOException {
            try {
              return Instant.parse(p.getValueAsString());
            } catch (DateTimeParseException | NullPointerException e) {
              throw ctx.weirdStringException(p.getText(), Instant.class, "not an ISO-8601 instant");
            }
          }
        });
    JsonMapper.Builder builder =
        JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, Visibility.ANY)
            .visibility(PropertyAccessor.CREATOR, Visibility.ANY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.ALWAYS)
            .addModule(instants);
    for (Class<?> id :
        List.of(
            AccountId.class,
            OrganizationId.class,
            HandshakeId.class,
            OrganizationalUnitId.class,
            RootId.class,
            CreateAccountRequestId.class,
            PolicyId.class,
            ResponsibilityTransferId.class)) {
      builder.addMixIn(id, IdMixin.class);
    }
    return builder.build();
  }

  /** An id record ({@code AccountId("111111111111")}) as its string. */
  private abstract static class IdMixin {
    @JsonValue String value;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    IdMixin(String value) {}
  }
}
