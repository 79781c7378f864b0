// Package discordtest is a Discord test double: a loopback httptest server
// that answers like Discord's REST API (v10), records every request and checks
// each one against Discord's own OpenAPI description, so tests exercise the
// real discordgo client end to end without any network.
//
// Usage:
//
//	d := discordtest.New(t)            // server closed by t.Cleanup
//	s := d.NewSession()                // *discordgo.Session talking to d
//	s.ChannelMessageSend("123", "hi")  // answered by d, body validated
//	reqs := d.Requests()               // everything discordgo sent
//
// To point your own *discordgo.Session at the double set s.Client =
// d.Client(): its Transport rewrites every request for discord.com to the
// double. discordgo's package-level Endpoint variables are never touched, so
// tests may run in parallel. Those variables are computed at init with API
// version 9; the transport maps the /api/v9/ prefix to /api/v10/, the version
// the OpenAPI description (and the production transport in bot/discord)
// speaks. This package also sets discordgo.APIVersion = "10" in its init, as
// bot/discord does, so gateway URLs agree.
//
// Gateway: GET /gateway points discordgo at the double's websocket, which
// says HELLO, answers IDENTIFY with READY and RESUME with RESUMED, and acks
// heartbeats, so session.Open works; Identifies returns the IDENTIFY
// payloads (with their shard pair). GET /gateway/bot also recommends a shard
// count, 1 unless SetRecommendedShards says otherwise. Dispatch sends an
// event such as INTERACTION_CREATE, DropGateway cuts the connection to test
// reconnection, WaitReady waits for (re)connections. As on Discord, RESUME
// replays the dispatches after the client's last sequence, so an event that
// discordgo dropped while closing a connection still arrives. Answering an interaction with a
// message creates its @original, as on Discord.
//
// Scripting failures: Fail answers a method and path pattern with a status
// (5xx, 403, 404...) for the next n requests, RateLimit answers 429 with
// retry_after and the X-RateLimit-* headers discordgo reads, DenyChannel makes
// every request about one channel fail with 403 or 404. Patterns are paths
// below /api/v10 with "*" for one segment: "/channels/*/messages".
//
// Validation: the description is found by walking up from the test's working
// directory to a directory holding shared/discord/openapi.json (or whose
// parent does, ../shared/...), or at $PLANBOT_DISCORD_OPENAPI. It is loaded
// once per test binary (about a second; each schema is compiled the first
// time a request needs it). An invalid request fails the test with
// t.Errorf and is answered 400 like Discord would; when the file cannot be
// found, validation is skipped with a t.Log line. Requests must carry
// "Authorization: Bot <token>" where the description requires the bot token.
//
// discordtest imports discordgo, gorilla/websocket and libopenapi-validator; it must not
// import any planbot package, so every package's tests can use it.
package discordtest
