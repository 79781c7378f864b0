package corpus

// platformAfterChannel reports whether the capitalised words toks[k+1:j+1]
// before a speech verb name the platform of a channel noun rather than
// the speaker: "Трамп у дописі в Truth Social дорікнув", "X we wpisie na
// Telegramie stwierdził", "Y in a post on Truth Social said". ch is the
// channel noun channelBefore found, k the preposition after it; the
// platform is a short run (a brand name, not a person with a title), so
// the speaker is whoever stands before the channel.
func (x *extractor) platformAfterChannel(toks []tok, ch, k, j int) bool {
	return ch == k-1 && j-k <= 3 && k+1 <= j && toks[k].trail == "" && isCapital(toks[k+1].word)
}
