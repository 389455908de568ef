package dev.orgd.server.testkit;

import io.prometheus.metrics.core.datapoints.CounterDataPoint;
import io.prometheus.metrics.core.datapoints.DistributionDataPoint;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.Unit;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The server's metrics in the Prometheus text format, through the Prometheus Java client: calls by
 * operation and outcome ({@code ok} or the AWS error's name), a latency histogram per operation,
 * and gauges read when scraped (the store's figures, the worker pool, the fault rules). A call
 * costs two lock-free increments on data points looked up once per operation.
 */
public final class Metrics {
  /** The Prometheus text format's content type. */
  public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

  private static final String OK = "ok";

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter calls;
  private final Histogram latency;
  private final Map<String, PerOperation> operations = new ConcurrentHashMap<>();

  private record PerOperation(CounterDataPoint ok, DistributionDataPoint latency) {}

  public Metrics() {
    calls =
        Counter.builder()
            .name("orgd_calls")
            .help("AWS calls answered, by operation and outcome (ok or the error's name)")
            .labelNames("operation", "outcome")
            .withoutExemplars()
            .register(registry);
    latency =
        Histogram.builder()
            .name("orgd_call_duration_seconds")
            .help("time from reading an AWS call to its answer, by operation")
            .unit(Unit.SECONDS)
            .labelNames("operation")
            .classicOnly()
            .classicUpperBounds(
                0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
                2.5, 5, 10)
            .withoutExemplars()
            .register(registry);
  }

  /** Counts one call. */
  public void record(String operation, String errorCode, long nanos) {
    PerOperation op =
        operations.computeIfAbsent(
            operation,
            name -> new PerOperation(calls.labelValues(name, OK), latency.labelValues(name)));
    if (errorCode == null) {
      op.ok().inc();
    } else {
      calls.labelValues(operation, errorCode).inc();
    }
    op.latency().observe(nanos / 1e9);
  }

  /**
   * A gauge read when metrics are scraped: {@code values} gives each label value its number (for
   * example the store's pool: active, idle, total, waiting).
   */
  public void gauge(String name, String help, String label, Supplier<Map<String, Number>> values) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .labelNames(label)
        .callback(
            callback ->
                values.get().forEach((key, value) -> callback.call(value.doubleValue(), key)))
        .register(registry);
  }

  /** A gauge without labels, read when metrics are scraped. */
  public void gauge(String name, String help, Supplier<Number> value) {
    GaugeWithCallback.builder()
        .name(name)
        .help(help)
        .callback(callback -> callback.call(value.get().doubleValue()))
        .register(registry);
  }

  /** Every metric in the Prometheus text format. */
  public byte[] scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
