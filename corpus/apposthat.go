package corpus

// appositionThat reads past an apposition after the speaker of a
// verb-second sentence: "Intussen schreef Kirill Dmitrijev, de Russische
// gezant, op Telegram dat …", "Derweil schrieb X, der Gesandte, auf
// Telegram, dass …". The name ends at toks[e] with a comma; the
// apposition runs to the next comma, and a that-word follows within a few
// words (where the words were given: "op Telegram"). It returns the index
// of the apposition's last word and of the first word said, or -1, -1.
func (x *extractor) appositionThat(toks []tok, e int) (int, int) {
	for k := e + 1; k < len(toks)-2 && k <= e+8; k++ {
		if toks[k].trail == "" {
			continue
		}
		if toks[k].trail != "," {
			return -1, -1
		}
		for m := k + 1; m < len(toks)-1 && m <= k+5; m++ {
			if x.lx.thatWords[lowerWord(toks[m])] && (toks[m-1].trail == "" || toks[m-1].trail == ",") {
				return k, m + 1
			}
			if toks[m].trail != "" && toks[m].trail != "," {
				break
			}
		}
		return -1, -1
	}
	return -1, -1
}
