package corpus

// publishVerbs say that a person wrote or brought out a work: "a publié
// « Les paix imposées »", "published “The Long Peace”", "ha pubblicato
// «…»", "veröffentlichte „…“". The quotation after them is the work's
// title, not the person's words. The quotation fallback reads no verb, so
// a book credit under an interview ("*X a publié « … » (Éditions …).*")
// was read as the guest's statement.
var publishVerbs = map[string]bool{
	"published": true, "publishes": true, "authored": true,
	"publié": true, "publie": true, "publiait": true,
	"pubblicato": true, "pubblicò": true,
	"veröffentlichte": true, "veröffentlicht": true,
	"publicó": true, "publicado": true, "publica": true, "publicou": true,
	"opublikował": true, "opublikowała": true, "wydał": true, "wydała": true,
	"опубликовал": true, "опубликовала": true, "выпустил": true, "выпустила": true,
	"опублікував": true, "опублікувала": true, "видав": true, "видала": true,
}

// publishesWork reports whether the words outside a quotation hold a
// verb of publishing: the quotation is then a title.
func publishesWork(toks []tok) bool {
	for _, t := range toks {
		if publishVerbs[lowerWord(t)] {
			return true
		}
	}
	return false
}
