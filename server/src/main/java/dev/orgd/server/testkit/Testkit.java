package dev.orgd.server.testkit;

/**
 * What a server offers tests besides the API: fault rules, the request journal and metrics. One per
 * server; the AWS dispatcher consults the faults and feeds the other two on every call.
 */
public record Testkit(Faults faults, Journal journal, Metrics metrics) {}
