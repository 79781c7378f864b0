// Package admin owns the admin HTTP listener: /healthz (named checks, e.g.
// gateway connected or HTTP ready, index open, store open), /readyz (the
// same checks, failing as well while the process starts or drains) and
// /metrics (the Prometheus handler it is given).
//
// It is off unless an address is configured, and should listen on loopback
// or a private network: it has no authentication. Checks are plain
// functions registered by cmd/planbot, so this package imports neither the
// bot, index nor store packages, nor discordgo.
package admin
