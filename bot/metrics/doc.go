// Package metrics owns planbot's Prometheus collectors: interactions by
// command and outcome with their latency, Discord API errors and rate
// limits, digests posted, documents ingested and the size of the index.
//
// Everything is registered on a private prometheus.Registry held by a
// Metrics value, never on the global default registry, so tests and several
// instances in one process do not collide. Every method is safe on a nil
// *Metrics and does nothing, so packages may take an optional *Metrics in
// their config structs.
//
// It imports only the Prometheus client and the standard library: it must
// not import corpus, index, the bot packages or discordgo (callers pass
// plain strings such as a command name or a route).
package metrics
