// Package postgres keeps planbot's shared state in PostgreSQL, so any number
// of replicas behind one interactions URL answer every command from the same
// state. It owns:
//
//   - the bot state of bot/store (schedules, watermarks and covered sets, the
//     post log and its pending records, announce channels, KV): *Store
//     implements store.State with the bbolt store's semantics, checked by the
//     shared contract test in bot/store/storetest. Each multi-step update is
//     one transaction with the rows it reads locked (SELECT ... FOR UPDATE),
//     and the pending table's primary key lets only one unfinished post per
//     channel and track exist, so two replicas never both record a post;
//   - the per-server registry (Guild) and the feed positions corpus/feed
//     keeps in feeds.json on a single install (Feed, FeedEntry, ClaimHash),
//     keyed by guild ID, "" being the global collection;
//   - the documents themselves (Document): every version of every stored
//     file with its server, content hash and change seq, and a change feed
//     (Watch) built on LISTEN/NOTIFY with a periodic read by cursor behind
//     it, so a new document reaches every replica within PollInterval (5 s)
//     even when a notification is lost;
//   - leader election (Leader): a session-level advisory lock on a connection
//     of its own, for the work that must run in one process at a time;
//   - Lock, a cross-replica mutex for short critical sections (the digest
//     service's per-channel lock, which today is per process).
//
// Open applies the embedded migrations (migrations/NNNN_name.sql, recorded
// in schema_migrations) in one transaction under an advisory lock, so
// replicas starting together do not race and a restart applies nothing.
//
// # Choosing the backend
//
// cmd/planbot keeps the embedded bbolt store (<data>/state.db) as the default,
// so a single process needs nothing else. A PostgreSQL URL given as
// --state-url, state_url in the config file or PLANBOT_STATE_URL (flag over
// environment over file, as for the other settings) selects this package
// instead:
//
//	var st store.State
//	if url != "" {
//		pg, err := postgres.Open(ctx, url, postgres.Options{Logger: log})
//		...
//		st = pg
//	} else {
//		st, err = store.Open(filepath.Join(dataDir, store.FileName), store.Options{})
//	}
//
// The digest, announce and admin code take a store.State and do not know
// which they have.
//
// # How the replicas share the work
//
// Every replica answers interactions, reading and writing the shared state.
// Each keeps its own bleve index: on start it indexes Documents(ctx, 0)
// (the live versions), then applies Watch(ctx, lastSeq) as changes arrive,
// adding live versions and removing the others; /ingest writes through
// PutDocument, never only to the local disk. What must run once (the digest
// scheduler, announcements, feed polling via AllFeeds) runs under a
// Leadership: a loop around Leader(ctx, "scheduler") runs the scheduler with
// Leadership.Context() and stops when it is cancelled. A crashed leader's
// lock is freed at once and a vanished one's within about 11 s, and another
// replica leads within LeaderRetry (3 s) after; a digest interrupted by the
// handover is pending in the post log and the new leader resumes it under
// the same nonces, so nothing is lost or posted twice. --no-scheduler simply
// never calls Leader. A manual /digest answered by another replica must take
// Lock(ctx, "digest/"+channelID) around "compute what is uncovered, record
// the post", or it could record a second post of the same sources just after
// the leader's completed.
//
// The State methods take no context (their signatures are bbolt's); each
// call is bounded by Options.CallTimeout instead. The package's own API
// takes a context.
package postgres
