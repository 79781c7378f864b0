package corpus

// A document pronoun stands for the version across a run of sentences that
// open on it, and across a paragraph break: "The first, 28-point version of
// the U.S. plan … would have capped … . It called for … ." then, in the
// next paragraph, "It also offered Russia a return to the Group of Eight,
// and in its territorial section said …". A speech verb in such a sentence
// is the document's, as in the sentence right after the version's name
// (pronounSays), and the version is the one the run began with. A run may
// also begin on a plan word as the subject of a document's verb ("The
// paper asks us to cap our army … . It asks us … . It promises …",
// docSubjectSays), which names no version but makes "it" the document.

// pronounChainReach is how many sentences back a run of "it" sentences is
// followed to the one it began with.
const pronounChainReach = 6

// pronounAntecedent reads back from ss[si] (whose subject is a document
// pronoun, pronounSays) over the sentences before it in its paragraph and
// then those of prevPara, the paragraph before: the first that does not
// open on the pronoun ends the run. It reports the version that sentence
// names ("" when it names none) and whether the sentence speaks of the
// document: it names a version, its authors' own, or has a plan word as the
// subject of a document's verb.
func (c *termCatalogue) pronounAntecedent(lx *lexicon, ss []string, si int, prevPara string) (string, bool) {
	back := make([]string, 0, pronounChainReach)
	for k := si - 1; k >= 0 && len(back) < pronounChainReach; k-- {
		back = append(back, ss[k])
	}
	if si == 0 && prevPara != "" {
		ps := semicolonItems(sentences(prevPara))
		for k := len(ps) - 1; k >= 0 && len(back) < pronounChainReach; k-- {
			back = append(back, ps[k])
		}
	}
	for _, t := range back {
		if v := firstNonEmpty(versionIn(t), authorsOwnVersion(t)); v != "" {
			return v, true
		}
		low := lowerString(t)
		if c.docSubjectSays(lx, low) {
			return "", true
		}
		if !c.pronounSays(lx, low) {
			return "", false
		}
	}
	return "", false
}

// pronounChainSays reports whether own (ss[si], lower case) has a document
// pronoun as its subject that a run of sentences before it ties to the
// document (pronounAntecedent): its speech verb is the document's.
func (c *termCatalogue) pronounChainSays(lx *lexicon, own string, ss []string, si int, prevPara string) bool {
	if !c.pronounSays(lx, own) {
		return false
	}
	_, ok := c.pronounAntecedent(lx, ss, si, prevPara)
	return ok
}
