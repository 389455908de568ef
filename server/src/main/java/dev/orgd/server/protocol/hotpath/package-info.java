/**
 * The fenced exceptions to how orgd writes JSON, for handshakes only: hand-written serializers that
 * keep the JSON of recently written handshakes ({@link
 * dev.orgd.server.protocol.hotpath.HandshakeJson}) and the reuse of recently listed handshakes'
 * wire records ({@link dev.orgd.server.protocol.hotpath.ListedHandshakes}).
 *
 * <p>They are here because the benchmark showed that a page of twenty handshakes, each with its
 * parties and nested resources, spent most of a list call in Jackson's bean serializer and in
 * escaping the same text again (README, "Benchmarks"; the commits that brought them measured the
 * difference). Every other type is a plain wire record written by Jackson, and a new one should be
 * too: a serializer written by hand must be kept byte-identical to Jackson's by a test and changed
 * with every member the model adds. ArchitectureTest keeps hand-written serializers in this package
 * and this package to the handshake records; add to it only with a benchmark run that shows the
 * gain.
 */
package dev.orgd.server.protocol.hotpath;
