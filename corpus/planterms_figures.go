package corpus

// holdsFigure reports whether a lower-cased text holds a number that is
// the figure of some term of the catalogue ("600,000", "800 000", "100
// days"), read at a number's start as numberIn reads it. A figure that
// answers the sentence before (figureAnswers) must be one of the term's
// figures in that text, so a text without any catalogue figure (a date, a
// year, a percentage) can give no such answer, and the plan words, the
// sentence before and its terms need not be read. The figures are the
// catalogue's own (planterms.json), so a new term's figure is covered
// without touching this gate.
func (c *termCatalogue) holdsFigure(low string) bool {
	if gatesOff {
		return true
	}
	prev := false
	for i := 0; i < len(low); i++ {
		d := isDigit(low[i])
		if d && !prev {
			if v, end := c.readNumber(low, i); end > i && len(c.numbers[v]) > 0 {
				return true
			}
		}
		prev = d || asciiWord[low[i]&0x7f] && low[i] < 0x80
	}
	return false
}
