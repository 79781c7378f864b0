// Package feed polls RSS, Atom and JSON feeds and ingests each new entry's
// page into the corpus store: feeds are fetched with web's safe client
// (conditional requests, so an unchanged feed costs a 304), parsed with
// gofeed, and every new or updated entry's page is fetched, converted to
// corpus text and added. Entries already seen are skipped by URL and by
// content hash, across restarts: the feed list and what was seen live in a
// JSON file written atomically (<data>/feeds.json).
//
// The caller owns the polling goroutine (Poller.Run) and learns of new
// documents through Config.OnAdded, so it can index them and announce them.
//
// feed imports corpus (types and Parse, for the on-topic filter) and
// corpus/web; it must not import index or bot.
package feed
