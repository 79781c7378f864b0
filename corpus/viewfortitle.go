package corpus

// viewForTitle reads the head of "Pour X, …" when X is no name but a
// title with its article that refers back to someone the report named
// before: "Para la exembajadora, el problema es …", "Para o presidente
// ucraniano, agora há …", "Per il ministro, …". The title is resolved as
// it is when it opens a sentence with a speech verb (byRole: the last
// person with that title, a synonym for it, an office's holder). Only a
// person already named in full is taken: a title nobody was given
// ("Para los analistas, …") is the writer's generalisation, not a view
// someone gave.
func (x *extractor) viewForTitle(toks []tok) *speaker {
	if len(toks) < 2 || len(toks) > 4 || !roleArticles[toks[0].low] {
		return nil
	}
	title := false
	for _, t := range toks[1:] {
		if isCapital(t.word) {
			return nil // a name: viewFor's own reading
		}
		l := lowerWord(t)
		if x.lx.isRole(l) || x.isBackRef(l) {
			title = true
		}
	}
	if !title {
		return nil
	}
	sp := x.classify(toks, false)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	if _, ok := x.people[sp.name]; !ok {
		return nil
	}
	return sp
}
