package dev.orgd.server.control;

import dev.orgd.server.testkit.Metrics;

/** {@code GET /_orgd/metrics}: every metric in the Prometheus text format. */
final class ReadMetrics implements ControlRoute<NoBody> {
  private final Metrics metrics;

  ReadMetrics(Metrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public Class<NoBody> requestType() {
    return NoBody.class;
  }

  @Override
  public Text answer(NoBody request) {
    return new Text(Metrics.CONTENT_TYPE, metrics.scrape());
  }
}
