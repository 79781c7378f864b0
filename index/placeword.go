package index

// An everyday question names a place, a word of time and two words of its
// own ("kyiv exchange rate tomorrow", "моніторинг погоди київ вихідні",
// "курс обмена киев сегодня"). A report on the story names the place too,
// and one of the question's own words by chance: "exchange" in a prisoner
// exchange, or a stem the light stemmer of a language makes the same for
// two words ("погоди", weather, and "погодилися", agreed, are both
// "погод"). Half the words with a domain word passed the relevance rule,
// the place being that domain word. fillerOnly turns such a hit down when
// it matches besides the place only words of time; placeAndOneWord when it
// matches besides the one place only one word of the question's own,
// while another of those words matches nothing (subjectMissing, asked by
// the caller) and the question carries a word of time or news, which is
// the mark of an everyday question (fillerwords.txt). A speaker's name, a
// second place or a glossary term of the subject matter still carries the
// hit, and so does a question without a word of time: "warsaw reaction",
// a place as the seat of a government, is a question about the story.

// placeAndOneWord says whether m matches, of the query's words, one
// glossary place, person or country (classProper, no speaker's name) and
// one plain word of the question's own, besides words of time, frame or
// saying, while the query holds a filler word.
func placeAndOneWord(m markResult, cls []termClass) bool {
	proper, plain, filler := 0, 0, false
	for i, ok := range m.matched {
		if i >= len(cls) {
			continue
		}
		c := cls[i]
		if c&classFiller != 0 {
			filler = true
			continue
		}
		if !ok {
			continue
		}
		switch {
		case c&className != 0:
			return false // a speaker's name carries the hit
		case c&classProper != 0:
			proper++
		case c&(classDomain|classTopic) != 0:
			return false // a glossary term of the subject matter
		case c&(classFrame|classSay) != 0:
		default:
			plain++
		}
	}
	return filler && proper == 1 && plain == 1
}
