// Package intake brings documents into the corpus from the outside world:
// files, folders and http(s) URLs given on a command line. It collects the
// inputs, reads or fetches each one with bounds (only regular files, the
// size checked before reading and the read itself limited, a memory budget
// shared by the parallel workers, cancellation through the context), turns
// them into corpus text and stores them in input order with corpus.Store's
// Put, reporting what each one yielded.
//
// intake imports corpus and corpus/web, never index or bot: indexing what
// was stored is the caller's, through Options.OnAdded.
package intake
