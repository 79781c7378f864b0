package index

import (
	"context"
	"testing"

	"planbot/corpus"
)

// docEvidenceTexts are invented reports in which the paragraph answering a
// question holds who and part of what, and the place or round the question
// names stands elsewhere in the same document: a French mail thread on a
// summit in Geneva, an English slide deck on a second round of talks, a
// Russian quote book beside them. The English filler reports give the
// index the everyday words the questions carry ("ground", "market",
// "opening") in other documents.
var docEvidenceTexts = []string{
	"---\nlang: fr\n---\n\nRE: RE: point pour l'édition de demain (fil interne)\n\nLe sommet s'est tenu à Genève mardi, selon le fil interne.\n\nVandeberg : la Belgique maintient son refus d'envoyer des troupes au sol.\n\nLa rédaction attend les réactions des capitales.\n",
	"---\nlang: en\n---\n\nClient briefing deck: what moved, what did not\n\nSecond round in Vilnius, 4-5 March.\n\nFollows the first Vilnius round of early February.\n\nUkraine: delegation led by Orest Palamarchuk, council secretary.\n\nNo sanctions relief on the table.\n",
	"---\nlang: en\n---\n\nThe farmers worked the ground before the rain, the market said.\n\nThe Christmas market opening in Geneva drew crowds before the holidays.\n\nThe talks on the plan continued, the delegations said.\n\nThe next round of talks was planned for Friday.\n\nUkraine said its troops held the line.\n\nThe delegation of Ukraine led the talks on troops.\n",
}

// TestDocEvidence: a question whose words one document holds, the
// answering paragraph a name or place and another word of them, the rest
// elsewhere in that document, is answered with that paragraph, across
// languages; a question matching a place and an everyday word by chance,
// with most of its words nowhere in that document, stays silent.
func TestDocEvidence(t *testing.T) {
	ctx := context.Background()
	ix := openTexts(t, docEvidenceTexts...)
	for _, c := range []struct{ query, want string }{
		{"vandeberg no ground troops geneva", "troupes au sol"},
		{"who led ukraine at vilnius second round palamarchuk", "Palamarchuk"},
		{"vandeberg summit tickets crowds farmers", ""},
		{"palamarchuk relief crowds farmers holidays", ""},
		{"palamarchuk football transfer news", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
		res, err := ix.Search(ctx, corpus.Query{Text: c.query, Kind: corpus.KindPassage})
		if err != nil {
			t.Fatal(err)
		}
		if got := len(res.Hits) > 0; got != (c.want != "") {
			t.Errorf("%q as a passage search: answered %v, want %v", c.query, got, c.want != "")
		}
	}
}
