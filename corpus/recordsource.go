package corpus

// recordNouns are the nouns of a verbatim record of someone's words: the
// one who publishes a transcript or a recording passes on another's words
// ("…, according to a transcript published by his office", "according to
// a recording posted by the ministry"), so the publisher is not the
// speaker; the sentence's own subject and verb say who spoke.
var recordNouns = map[string]bool{
	"transcript": true, "transcripts": true, "recording": true, "recordings": true,
	"video": true, "footage": true, "audio": true, "transcription": true,
	"trascrizione": true, "transcripción": true, "mitschrift": true, "abschrift": true,
}

// aboutRecord reports whether the phrase after "according to" names a
// record of words before its "by"/"from" ("a transcript published by his
// office"): attributedTo then names no one.
func aboutRecord(low []string) bool {
	for _, l := range low {
		if l == "by" || l == "from" {
			return false
		}
		if recordNouns[l] {
			return true
		}
	}
	return false
}
