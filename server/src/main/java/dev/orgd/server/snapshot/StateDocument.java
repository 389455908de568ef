package dev.orgd.server.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A state snapshot as JSON: {@code {"format": "orgd-state", "version": 2, "orgdVersion": ...,
 * "exportedAt": ..., "sections": {"organizations": [...], "accounts": [...], ...}}}. {@code
 * orgdVersion} and {@code exportedAt} are informative; a load reads {@code format}, {@code version}
 * and {@code sections}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StateDocument(
    @JsonProperty("format") String format,
    @JsonProperty("version") Integer version,
    @JsonProperty("orgdVersion") String orgdVersion,
    @JsonProperty("exportedAt") String exportedAt,
    @JsonProperty("sections") JsonNode sections) {}
