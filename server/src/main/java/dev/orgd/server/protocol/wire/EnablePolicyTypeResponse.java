package dev.orgd.server.protocol.wire;

/** The model's EnablePolicyTypeResponse. */
public record EnablePolicyTypeResponse(WireRoot root) {}
