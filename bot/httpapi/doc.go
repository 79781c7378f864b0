// Package httpapi is planbot's Discord HTTP interactions endpoint: Discord
// POSTs each interaction to it instead of sending it over the gateway.
//
// Every request's Ed25519 signature (X-Signature-Ed25519 over
// X-Signature-Timestamp + body) is checked before the body is parsed: a
// missing, forged or stale signature gets 401, an oversized body 413, and no
// work is done for any of them. PING gets PONG. An answer that takes longer
// than the budget (2 s by default, under Discord's 3 s) is deferred and
// completed later by editing the original response through the interaction
// webhook. GET /healthz answers 200.
//
// httpapi imports bot and discordgo; it must not import index, corpus
// stores or cmd.
package httpapi
