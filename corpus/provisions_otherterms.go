// A point given from one paragraph stands for its version's point of that
// number: a term later in the paragraph is not given again. But a point
// whose version came from the context above and that its own terms move
// to another version (termVersions) stands for no point of the first one.

package corpus

// termsMoveIt reports whether p's own terms will move it to another
// version (termVersions, provisions_termversion.go): a point labelled with
// the counter-proposal by the context above it that states a term only the
// US draft holds ("Двадесет и пета точка: избори след 100 дни" after a
// paragraph on the counter-proposal's army) is not that version's point,
// so it does not stand for that version's point of the same number.
func termsMoveIt(p Provision) bool {
	var sc termScan
	return termVersion(planTermsData(), &sc, &p, func() bool { return true }) != ""
}
