package corpus

// mentionedAlone is who a verb without a subject ("«…», ha detto.",
// "«…», dijo.") refers to when the sentence before, in the same
// paragraph, named one person with a title and quoted no one: the
// languages that drop the subject also put it after the verb ("Ha
// aperto la deputata Elena Bordoni.", "Abrió el debate la diputada Lucía
// Arrieta.", "Le ha risposto Gianluca Ferraresi."), so the person need
// not open the sentence to be its subject. A gender the verb shows ("dodała")
// that the person's rules out gives nil, as mentionedJustBefore reads it
// for pronouns.
func (x *extractor) mentionedAlone(want string) *speaker {
	if want != "" {
		return x.mentionedJustBefore(want)
	}
	if len(x.mentioned) == 0 {
		return nil
	}
	g := x.mentioned[len(x.mentioned)-1].gender
	if g == "" {
		g = "m" // (mentionedJustBefore rules out only a known gender)
	}
	return x.mentionedJustBefore(g)
}
