package corpus

import "sync"

// thatPaddedSet is the lexicon's thatPadded (each that-word between
// spaces) as a lookSet: hasThatWord reads a paragraph for all of them in
// one pass, where a strings.Contains each read it once per word.
var thatPaddedSet = sync.OnceValue(func() *lookSet { return newLookSet(lexiconData().thatPadded) })
