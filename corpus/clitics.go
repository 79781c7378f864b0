// Clitic auxiliaries after the verb: Croatian writes its past tense as a
// participle and a clitic "je"/"su" that follows the first word of the
// clause, so an inverted attribution reads "…, izjavio je u srijedu
// savjetnik Jurij Ušakov" where Russian writes "…, заявил в среду
// советник Юрий Ушаков". The clitic stands between the verb and who
// spoke; data/morphology.json's postVerbClitics lists them per language.
// They are no auxiliaries of the shared list: French "je" is "I". Where
// the clitic stands second in its clause, before the verb ("Kako je rekao
// X"), the as-attribution reads it as it reads an auxiliary.

package corpus

// postVerbClitics is data/morphology.json's postVerbClitics, by language.
var postVerbClitics = func() map[string]map[string]bool {
	var md struct {
		Clitics map[string][]string `json:"postVerbClitics"`
	}
	mustUnmarshalMorphology(&md)
	out := map[string]map[string]bool{}
	for lang, ws := range md.Clitics {
		out[lang] = map[string]bool{}
		for _, w := range ws {
			out[lang][w] = true
		}
	}
	return out
}()

// afterClitic returns the index after a clitic auxiliary of the
// document's language at k, right after the verb ("izjavio je"), or k.
func (x *extractor) afterClitic(toks []tok, k int) int {
	if k > 0 && k < len(toks)-1 && toks[k-1].trail == "" && toks[k].trail == "" && postVerbClitics[x.src.Lang][toks[k].raw] {
		return k + 1
	}
	return k
}
