package corpus

// A sentence may open with the channel it reports, with no comma before
// the speaker: "In an interview Zelensky said …", "In his New Year
// address Zelensky said …", "Dans une interview Macron a déclaré …",
// "В интервью Песков заявил …", "In an interview with Reuters Zelensky
// said …". Elsewhere a capital right after a channel noun is the outlet
// ("Шойгу в интервью РИА Новости заявил"), and the speaker stands before
// the channel; but when the channel's phrase opens the sentence nothing
// stands before it, so the capitals after the channel (less an outlet or
// a platform they begin with) are the speaker.

// maxChannelOpenerWords is the most words a sentence-opening channel
// phrase holds before its noun ("In his New Year address"): more is a
// clause, not a phrase.
const maxChannelOpenerWords = 5

// channelOpensSentence reports whether toks[0:ch+1] is a prepositional
// phrase ending in the channel noun at ch: a preposition first (of
// morphology.json's circumstanceOpeners or the place prepositions), then
// at most a few words with no punctuation and no speech verb.
func (x *extractor) channelOpensSentence(toks []tok, ch int) bool {
	if ch < 1 || ch >= maxChannelOpenerWords {
		return false
	}
	p := lowerWord(toks[0])
	if !circumstanceOpeners().words[p] && !placePreps[p] {
		return false
	}
	for _, t := range toks[:ch] {
		if t.trail != "" || x.lx.sayVerbs[t.low] {
			return false
		}
	}
	return true
}

// openingChannelSpeaker returns the speaker of the words toks[k+1:j+1]
// before a speech verb when the channel phrase ending at k (the channel
// noun or a short preposition after it) opens the sentence, with the
// index of the speaker's first token; nil when the words are only an
// outlet or a platform ("In an interview Interfax said": no person), or
// name no one.
func (x *extractor) openingChannelSpeaker(s string, toks []tok, ch, k, j int) (*speaker, int) {
	if !x.channelOpensSentence(toks, ch) || k+1 > j {
		return nil, 0
	}
	st := k + 1
	if st < j && len(toks[st].word) <= 4 && !isCapital(toks[st].word) && toks[st].trail == "" && isCapital(toks[st+1].word) {
		st++ // "In una intervista al Corriere della Sera Tajani ha detto": the preposition before the outlet
	}
	for e := j - 1; e >= st; e-- {
		if toks[e].trail == "" && outletNamed(s[toks[st].start:toks[e].start+len(toks[e].word)]) != "" {
			st = e + 1 // "In an interview with Reuters Zelensky said": the outlet, then the speaker
			break
		}
	}
	if st <= j && toks[st].trail == "" && platformName(toks[st].word) && st < j {
		st++ // "In a post on X Zelensky wrote"
	}
	if st > j || outletNamed(s[toks[st].start:toks[j].start+len(toks[j].word)]) != "" {
		return nil, 0
	}
	sp := x.classify(toks[st:j+1], false)
	if sp == nil || sp.kind != kindPerson {
		return nil, 0
	}
	return sp, st
}
