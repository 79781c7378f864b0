// Reported clauses without a that-word. Vietnamese and Indonesian news put
// what was said right after a speech verb of several words, with neither a
// that-word nor a comma ("Cố vấn Yury Ushakov cho biết hai bên vẫn chưa …",
// "Menteri Budi Santoso menyatakan siap …"): for these languages, listed
// in data/morphology.json's bareClause, a phrase verb opens the clause by
// itself.

package corpus

// bareClauseLangs is data/morphology.json's bareClause: the languages whose
// reported clause may follow a speech verb with nothing between.
var bareClauseLangs = func() map[string]bool {
	var md struct {
		BareClause []string `json:"bareClause"`
	}
	mustUnmarshalMorphology(&md)
	out := map[string]bool{}
	for _, l := range md.BareClause {
		out[l] = true
	}
	return out
}()

// bareClause reports whether the document's language writes a reported
// clause right after its speech verb.
func (x *extractor) bareClause() bool {
	return bareClauseLangs[x.src.Lang]
}
