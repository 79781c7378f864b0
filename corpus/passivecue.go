package corpus

import "strings"

// A speech verb in the passive names the one spoken to, not the speaker:
// "Ukraine was asked to hold elections", "Zelensky was urged to accept",
// "Russia is invited back into the G8", "Kyiv was told to withdraw". The
// subject before the auxiliary did not say anything, so such a verb is no
// speech cue of its sentence (a sentence with another cue, "…, Peskov
// said", is still read). The exceptions are the verbs that report
// someone's own words in the passive: "was quoted as saying", "was cited
// as", "was heard saying", "is reported to have said".

// passiveReports are the participles after which the subject of a passive
// still spoke.
var passiveReports = map[string]bool{"quoted": true, "cited": true, "heard": true, "reported": true, "recorded": true, "filmed": true}

// passiveCue reports whether the cue word w, at s[start:], is a past
// participle right after a passive auxiliary of the lexicon ("was asked",
// "were told", "has been urged"): English participles end in "-ed" but for
// "told" and "written".
func (x *extractor) passiveCue(s string, start int, w string) bool {
	lw := lowerString(w)
	if passiveReports[lw] || !strings.HasSuffix(lw, "ed") && lw != "told" && lw != "written" {
		return false
	}
	prev := asciiWordBefore(s, start)
	return prev != "" && lowerIn(x.lx.report.passive, prev)
}

// asciiWordBefore is the word of ASCII letters that ends just before s[i:],
// across spaces only ("was" in "was asked"), or "" when something else
// stands there.
func asciiWordBefore(s string, i int) string {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == i {
		return ""
	}
	k := j
	for k > 0 && isASCIILetter(s[k-1]) {
		k--
	}
	return s[k:j]
}
