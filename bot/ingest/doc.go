// Package ingest holds the moderator commands that grow the corpus from
// Discord: /ingest file:<attachment> | url:<link>, which fetches and adds
// one document, and /feed add|remove|list, which manages the RSS/Atom
// subscriptions polled by corpus/feed.
//
// Fetching goes through corpus/web's safe client only (public addresses,
// size, type and time limits); a document that fails to parse is reported
// and stored nowhere. The handlers are pure in the bot sense: a Request in,
// a Reply out, no Discord session.
//
// ingest imports bot, corpus, corpus/web and corpus/feed; it must not
// import index or the Discord adapters. Indexing and announcing new
// documents is the caller's, through Config.OnAdded.
package ingest
