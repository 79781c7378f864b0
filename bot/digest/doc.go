// Package digest composes, renders and posts planbot's digests and
// announcements, and runs the schedules that post them.
//
//   - compose.go turns the corpus documents a channel has not yet been told
//     about into a Digest (sources in publication-date order, leaving out
//     a reprint that brings nothing new; provisions grouped by plan;
//     statements grouped by speaker).
//   - render.go turns a Digest into Discord messages that respect every
//     limit in DESIGN.md, splitting a busy day into several messages. Text
//     from documents goes through bot's one escaper (bot.EscapeMarkdown,
//     bot.LinkURL), the same as the commands' answers.
//   - poster.go sends them: each post is recorded as intended in bot/store
//     before the first request, every message carries a nonce with
//     enforce_nonce, 429 and 5xx are retried with backoff, 403 and 404 give
//     up with the error recorded.
//   - scheduler.go fires cron schedules in their own time zones, driven by a
//     Clock so tests advance time without sleeping.
//   - commands.go holds /digest and /announce as bot.Commands.
//
// Watermarks. A channel's watermark is the set of source IDs it has been told
// about (kept in bot/store) plus a floor time fixed at its first post: a
// source is new for a channel when it was added at or after the floor and is
// not in the set. A set, not a single "added up to" time, because a time
// alone misses a source whose Added stamp is older than the last digest but
// which reached the corpus after it (two ingests racing, a clock step), and
// repeats one stamped in the same instant as the last covered source. The
// set joins the covered IDs in the same bbolt transaction that marks the post
// sent, so a crash either leaves the sources uncovered and the post pending
// (resumed under the same nonces) or covers them: never both, never neither.
//
// Nonces. Discord only dedupes a nonce for a few minutes. A post resumed
// later than that after a crash that hit between Discord creating a message
// and the store recording it could, in that one case, show twice; resumption
// happens at start-up and every Config.PendingRetry, so it is normally
// within the window.
//
// Wiring: NewService(Config{...}); go svc.Run(ctx); register Commands();
// call Announce(ctx, newDocs) after each ingest or Reload (or AnnounceNew,
// which is idempotent). /digest post sends from the handler and may take
// longer than 3 s when Discord rate-limits, so transports must defer it.
//
// digest uses bot's Command contract and discordgo types; it must not import
// index or any transport adapter, and reaches the corpus only through the
// small Library interface, or Catalogue (*corpus.Store), with which a
// digest parses only its new documents: the earlier ones are known by the
// point sums the store's catalogue keeps (see Load).
package digest
