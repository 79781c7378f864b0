package index

// diagHooks are the diagnosis switches a test sets on one index after
// Open: nil or false in every real index. They live on the Index, not in
// package variables, so one test's switch never changes what another
// test's index does, and none may be set while that index serves
// searches or writes.
type diagHooks struct {
	// rankTrace is told each ranked hit's ID and its ranking keys, in the
	// order the ranking put them (relevance_versus_test.go and the rank
	// diagnostics).
	rankTrace func(id, keys string)
	// halfKnownOff turns the half-known limit off (halfknown.go), for
	// TestHalfKnownDiag alone: it counts the questions the limit silences
	// or moves off a right first hit.
	halfKnownOff bool
	// afterMergePlanned is called by compactBuild just before it writes
	// the thesaurus, with whether the merge had already ended: the bulk
	// test checks that the two overlap.
	afterMergePlanned func(mergeEnded bool)
	// informalOff and typoOff turn off the reading of an unknown query
	// word as the word an informal table gives (informal.go) and as the
	// frequent index word one typo away (typo.go), for the tests that
	// show each step is what answers.
	informalOff, typoOff bool
}
