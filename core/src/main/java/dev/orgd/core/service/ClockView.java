package dev.orgd.core.service;

import java.time.Instant;

/** orgd's clock as the control plane reports it. */
public record ClockView(Instant now, boolean frozen) {}
