package corpus

import "testing"

// TestCoordinatedSpeechAfterAdverb checks a speech verb coordinated with
// an earlier verb of the same subject, an adverb between the conjunction
// and the verb, the subject named in full or by a surname known from
// before: the words after the verb are the subject's, in Ukrainian,
// Russian, English and Italian.
func TestCoordinatedSpeechAfterAdverb(t *testing.T) {
	docs := map[string]struct{ doc, speaker, words string }{
		"uk": {"---\nlang: uk\n---\n# Т\n\nОлена Гордійчук подякувала партнерам за роботу і водночас наголосила, що громада не погодиться на поступки.\n",
			"Олена Гордійчук", "громада не погодиться"},
		"ru": {"---\nlang: ru\n---\n# Т\n\nИгорь Самойлов прибыл в Бишкек.\n\nСамойлов поблагодарил хозяев за приём и одновременно подчеркнул, что переговоры продолжатся.\n",
			"Игорь Самойлов", "переговоры продолжатся"},
		"en": {"---\nlang: en\n---\n# T\n\nGraham Pettifer arrived in Oslo on Monday.\n\nPettifer thanked the hosts and also said that the talks had been useful.\n",
			"Graham Pettifer", "the talks had been useful"},
		"it": {"---\nlang: it\n---\n# T\n\nLorenzo Bettini ha ringraziato i partner e poi ha detto che il testo è una base di lavoro.\n",
			"Lorenzo Bettini", "il testo è una base di lavoro"},
	}
	checkSpokenBy(t, docs)
}
