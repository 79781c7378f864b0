// Spoken text around a plan's points. Debates, interviews, panels and
// subtitles print a point inside the frame of who speaks and when: a debate
// record opens a member's turn on a label ("Ms Hollis Brant (Kestrel Vale)
// (Con): Point 9 would …") and puts notes into the speech ("(Applause.)",
// "(Zuruf von der AfD: …)"); an interview opens each turn on a role
// ("Guest: It puts …"); a subtitle file puts a cue number and timings before
// each line ("7 00:00:26,100 --> 00:00:30,400 Punkt 11 lovar …") and splits
// one sentence over two cues. None of it is the point: this pass keeps the
// frame out of each provision's text and joins a sentence cut by a cue, so
// a provision reads as the speaker said it. Speakers are left to the
// statement readers; only the provision's text changes here.
package corpus

import (
	"embed"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/spokenlabels.json
var spokenFS embed.FS

// spokenLabelFile is data/spokenlabels.json, lower case.
type spokenLabelFile struct {
	Roles         []string `json:"roles"`
	Titles        []string `json:"titles"`
	Interjections []string `json:"interjections"`
	NotInitials   []string `json:"notInitials"`
	Hedges        []string `json:"hedges"`
	ProposalWords int      `json:"proposalWords"`
	Proposals     []struct {
		Plan  string   `json:"plan"`
		Words []string `json:"words"`
	} `json:"proposals"`
	roles, titles map[string]bool
	notInitials   map[string]bool
}

// spokenLabelData reads data/spokenlabels.json once.
var spokenLabelData = sync.OnceValue(func() *spokenLabelFile {
	var f spokenLabelFile
	b, err := spokenFS.ReadFile("data/spokenlabels.json")
	if err != nil {
		panic(err) // embedded at build time; TestSpokenProvisionMatrix reads it
	}
	mustDecodeJSON("data/spokenlabels.json", b, &f)
	f.roles, f.titles, f.notInitials = set(f.Roles), set(f.Titles), set(f.NotInitials)
	for i := range f.Proposals {
		for k, w := range f.Proposals[i].Words {
			f.Proposals[i].Words[k] = lowerString(w)
		}
	}
	for i, w := range f.Hedges {
		f.Hedges[i] = lowerString(w)
	}
	for i, w := range f.Interjections {
		f.Interjections[i] = lowerString(w)
	}
	return &f
})

// subtitleCue is a cue of an .srt or WebVTT file: its number, if any, and
// its timings ("7 00:00:26,100 --> 00:00:30,400", "00:26.100 --> 00:30.400").
var subtitleCue = regexp.MustCompile(`(?:^|\s)(?:\d{1,5}\s+)?(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}(?:\s|$)`)

// holdsCue reports whether s holds a subtitle cue. Every cue has its
// arrow, and a paragraph without one (nearly all) is passed over without
// running the expression.
func holdsCue(s string) bool {
	return strings.Contains(s, "-->") && subtitleCue.MatchString(s)
}

// maxLabelBytes is the longest speaker label read before a provision.
const maxLabelBytes = 90

// spokenText keeps labels, notes and subtitle cues out of each provision's
// text and joins a subtitle sentence cut by a cue with the cue after it.
func spokenText(out []Provision, ps []paragraph) []Provision {
	drop := map[int]bool{}
	for i := range out {
		p := &out[i]
		text := stripCues(p.Text)
		text = stripSpeakerLabel(text)
		text = cutAtInterjection(text)
		if cont, para := subtitleContinuation(text, p.Position, ps); cont != "" {
			text += " " + cont
			for j := range out {
				if j != i && out[j].Position == para && strings.Contains(cont, stripCues(out[j].Text)) {
					drop[j] = true
				}
			}
		}
		if text != p.Text && text != "" {
			p.Text = text
			p.Topics = tagTopics(text)
		}
	}
	if len(drop) == 0 {
		return out
	}
	kept := out[:0]
	for i := range out {
		if !drop[i] {
			kept = append(kept, out[i])
		}
	}
	return kept
}

// stripCues removes subtitle cues from text.
func stripCues(text string) string {
	if !strings.Contains(text, "-->") {
		return text
	}
	return strings.TrimSpace(subtitleCue.ReplaceAllString(text, " "))
}

// stripSpeakerLabel removes a speaker label that opens text: a role alone
// ("Guest:", "Invité :"), a title and a name ("Minister Dara Quell:"), or
// capitalised names closing on a bracketed seat or party ("Mr Tobias Wren
// (Severnside) (LD):"). A head with a digit ("Frozen assets (point 14):")
// is a topic, not a speaker, and stays.
func stripSpeakerLabel(text string) string {
	colon := strings.Index(text, ":")
	if colon <= 0 || colon > maxLabelBytes || colon+1 >= len(text) || text[colon+1] != ' ' {
		return text
	}
	label := strings.TrimSpace(text[:colon])
	if label == "" || containsAny(label, "0123456789!?;,\"«»“”") {
		return text
	}
	if !spokenLabel(label) {
		return text
	}
	return strings.TrimSpace(text[colon+1:])
}

// spokenLabel reports whether label, the words before a colon, names a
// speaker by the rules of stripSpeakerLabel.
func spokenLabel(label string) bool {
	d := spokenLabelData()
	low := lowerString(label)
	if d.roles[low] {
		return true
	}
	if initials(label) && !d.notInitials[low] {
		return true // "MK:", "JW:": a transcript's speakers by their initials
	}
	words := strings.Fields(label)
	names, brackets := 0, 0
	for _, w := range words {
		switch {
		case brackets > 0 || strings.HasPrefix(w, "("):
			brackets++ // inside the seat and party: anything goes
		case upperInitial(w):
			names++
		default:
			return false
		}
	}
	if names > 5 {
		return false
	}
	if brackets > 0 && strings.HasSuffix(label, ")") && names >= 2 {
		return true
	}
	return len(words) >= 2 && names == len(words) && lowerIn(d.titles, words[0])
}

// initials reports whether label is two or three upper-case letters.
func initials(label string) bool {
	n := 0
	for _, r := range label {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 3
}

// upperInitial reports whether w opens on an upper-case letter.
func upperInitial(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// cutAtInterjection ends text before a bracketed note of the record
// ("(Beifall bei der SPD)", "[Interruption.]") that follows a finished
// sentence: the note ends the member's sentence, and what comes after is
// the member resuming, not the point.
func cutAtInterjection(text string) string {
	d := spokenLabelData()
	for i := 0; i < len(text); i++ {
		if text[i] != '(' && text[i] != '[' {
			continue
		}
		before := strings.TrimRight(text[:i], " ")
		if before == "" || !containsAny(before[len(before)-1:], ".!?…") {
			continue
		}
		rest := lowerString(text[i+1:])
		for _, w := range d.Interjections {
			if strings.HasPrefix(rest, w) {
				return before
			}
		}
	}
	return text
}

// subtitleContinuation is the text of the cue after paragraph pos when
// text, read from a cue, ends mid-sentence: a sentence split over two cues
// ("… ska Ryssland inte hindra" / "Ukraina från att använda Dnepr …").
// The next cue's number and timings may stand as paragraphs of their own
// before its line. It returns that text and the index of its paragraph, or
// "", -1.
func subtitleContinuation(text string, pos int, ps []paragraph) (string, int) {
	if pos < 0 || pos+1 >= len(ps) || text == "" {
		return "", -1
	}
	if !holdsCue(ps[pos].text) && (pos == 0 || !holdsCue(ps[pos-1].text)) {
		return "", -1 // not a cue's line: the timings stand in it or right before it
	}
	last, _ := utf8.DecodeLastRuneInString(strings.TrimSpace(ps[pos].text)) // the line as printed: provision texts lose their full stop
	if strings.ContainsRune(".!?…:;\"»”)", last) {
		return "", -1
	}
	cue := false
	for k := pos + 1; k < len(ps) && k <= pos+3; k++ {
		t := strings.TrimSpace(ps[k].text)
		if holdsCue(t) {
			cue = true
		}
		rest := stripCues(t)
		if rest == "" || isDigits(rest) {
			continue // the cue's number or timings alone
		}
		if !cue {
			return "", -1
		}
		return stripSpeakerLabel(rest), k
	}
	return "", -1
}

// Plans a spoken turn moves a point between.
const (
	usDraftPlan  = "US 28-point draft"
	europeanPlan = "European counter-proposal"
)

// turnVersions gives a point that opens a speaker's turn the version its
// own turn names, not the one the turn before was about: in a debate or an
// interview each speaker takes the floor afresh, and a point named bare
// ("Point 9 would put European fighter jets in Poland", "Punkt ósmy mówi,
// że …") is the US draft everyone discusses, whatever the member before
// said of the European text. A turn that answers a question takes the
// version the question names ("And the American draft?" / "It caps …").
// Only a point the readers before gave the European version from their
// context is moved, and only when the catalogue allows the version it
// moves to.
func turnVersions(out []Provision, ps []paragraph) []Provision {
	c := planTermsData()
	var sc termScan
	var planFor func(string) (string, bool)
	for i := range out {
		p := &out[i]
		if p.Plan != europeanPlan || p.Position < 0 || p.Position >= len(ps) {
			continue
		}
		turn := ps[p.Position].text
		body := stripSpeakerLabel(turn)
		if body == turn {
			continue // no speaker label: not a turn of its own
		}
		at := strings.Index(body, p.Text[:min(len(p.Text), 40)])
		if at < 0 {
			continue
		}
		if planFor == nil {
			planFor = newPlanMemo()
		}
		if turnNamesVersion(body[:at+len(p.Text)], planFor) {
			continue // the speaker names a version up to the point: the readers before read it
		}
		v := usDraftPlan
		if p.Position > 0 {
			prev := strings.TrimSpace(stripSpeakerLabel(ps[p.Position-1].text))
			if strings.HasSuffix(prev, "?") {
				q := sentences(prev)
				v, _ = headCue(q[len(q)-1])
				if v == "other" || v == "" {
					continue // a question naming no version leaves the answer as read
				}
			}
		}
		if v != p.Plan && allowsAll(c, &sc, p.Text, v) {
			p.Plan = v
		}
	}
	return out
}

// turnNamesVersion reports whether a turn's text names a version: at the
// head of a sentence by the version cues, or anywhere by a plan's name
// ("Der europäische Gegenvorschlag nennt 800.000").
func turnNamesVersion(text string, planFor func(string) (string, bool)) bool {
	for _, s := range sentences(text) {
		if v, _ := headCue(s); v != "" {
			return true
		}
	}
	name, _ := planFor(text)
	return name != ""
}

// proposalVersions gives a point the version its speaker's words make it
// ("Zu Punkt 14 schlagen wir vor, dass …": the counter-proposal of the
// European government speaking; "Washington wants Ukraine to …": the US
// draft), read among the first proposalWords words of the sentence holding
// the point, when that sentence names no version at its head and the
// catalogue allows the version.
func proposalVersions(out []Provision, ps []paragraph) []Provision {
	d := spokenLabelData()
	c := planTermsData()
	var sc termScan
	cued := map[int]bool{} // paragraphs holding a proposal word, read once each
	for i := range out {
		p := &out[i]
		if !comparable(p.Plan) || p.Position < 0 || p.Position >= len(ps) {
			continue
		}
		has, seen := cued[p.Position]
		if !seen {
			has = holdsProposal(lowerText(ps[p.Position].text), d)
			cued[p.Position] = has
		}
		if !has {
			continue // (most provisions: no speaker proposes or wants anything)
		}
		s := p.Text
		if ss, k := sentenceOf(p, ps); k >= 0 {
			s = stripSpeakerLabel(ss[k])
		}
		head := lowerString(firstWords(s, d.ProposalWords))
		if v, _ := headCue(s); v != "" || subordinateOpen(head) {
			continue // the head names a version, or opens a clause of the other version ("Where Washington wants …, the counter-proposal …")
		}
		if at := strings.Index(s, p.Text[:min(len(p.Text), 40)]); at < 0 || at > len(head) {
			continue // the point starts past the head: the cue is about another clause
		}
		for _, pr := range d.Proposals {
			if pr.Plan == p.Plan {
				continue
			}
			for _, w := range pr.Words {
				if cuePhraseAt(head, w) >= 0 && allowsAll(c, &sc, p.Text, pr.Plan) {
					p.Plan = pr.Plan
					break
				}
			}
		}
	}
	return out
}

// subordinateOpen reports whether low, a sentence's head, opens on one of
// the version cues' subordinators ("where", "während", "alors que").
func subordinateOpen(low string) bool {
	for _, w := range versionCueData().Subordinators {
		if strings.HasPrefix(low, w) {
			return true
		}
	}
	return false
}

// answeredPoints makes a provision of an answer the readers before passed
// over when the question before it asks about one point of a named
// version ("What does point 14 of the American plan say?" / "It puts 100
// billion dollars of frozen Russian assets into …"): the answer's first
// sentence, as the guest tells what the point says in words the catalogue
// may not know. An answer that opens on a hedge ("I think", "Je pense"),
// judges instead (versioncues.json judgements), asks back, or is shorter
// than minAnswerWords is none; so is one whose paragraph already gave a
// provision.
func answeredPoints(out []Provision, ps []paragraph, src Source) []Provision {
	var planFor func(string) (string, bool)
	var c *termCatalogue
	var sc termScan
	had := map[int]bool{}
	for _, p := range out {
		had[p.Position] = true
	}
	d := spokenLabelData()
	for i := 1; i < len(ps); i++ {
		q := strings.TrimSpace(stripSpeakerLabel(ps[i-1].text))
		if had[i] || ps[i].kind != paraText || ps[i-1].kind != paraText || !strings.HasSuffix(q, "?") {
			continue
		}
		if qs := sentences(q); len(qs) > 1 {
			q = qs[len(qs)-1] // the question itself: "Point 21 … recognised Crimea … . Is that one of those set aside?" asks of no point
		}
		n, end, ok := pointRefEnd(q)
		if !ok || hasPointRef(q[end:]) {
			continue // no point, or several: the answer is not one point's
		}
		if planFor == nil {
			planFor, c = newPlanMemo(), planTermsData()
		}
		plan, _ := headCue(q)
		if plan == "" || plan == "other" {
			plan, _ = planFor(q)
		}
		if plan == "" || plan == unnamedPlan {
			continue // the question names no version
		}
		body := stripSpeakerLabel(ps[i].text)
		if body == ps[i].text {
			continue // not a turn: a plain paragraph after a question is read by the other rules
		}
		ss := sentences(body)
		if len(ss) == 0 {
			continue
		}
		a := strings.TrimRight(strings.TrimSpace(ss[0]), ".")
		low := lowerString(a)
		if len(strings.Fields(a)) < minAnswerWords || strings.HasSuffix(a, "?") || judgement(c, &sc, a) || hedged(low, d.Hedges) {
			continue
		}
		out = append(out, Provision{
			SourceID: src.ID,
			ID:       src.ID + "-p" + strconv.Itoa(len(out)+1),
			Plan:     plan,
			Number:   n,
			Text:     a,
			Topics:   tagTopics(a),
			Position: i,
		})
	}
	return out
}

// minAnswerWords is the fewest words of an answer read as the point asked about.
const minAnswerWords = 4

// hedged reports whether low opens on one of hedges.
func hedged(low string, hedges []string) bool {
	for _, h := range hedges {
		if cuePhraseAt(low, h) == 0 {
			return true
		}
	}
	return false
}

// proposalWordSet is spokenLabelData's proposal words as one lookSet: a
// paragraph is read for all of them in one pass, not once for each.
var proposalWordSet = sync.OnceValue(func() *lookSet {
	var ws []string
	for _, pr := range spokenLabelData().Proposals {
		ws = append(ws, pr.Words...)
	}
	return newLookSet(ws)
})

// holdsProposal reports whether low holds one of the proposal words.
func holdsProposal(low string, d *spokenLabelFile) bool {
	if d == spokenLabelData() {
		return proposalWordSet().in(low)
	}
	for _, pr := range d.Proposals {
		for _, w := range pr.Words {
			if strings.Contains(low, w) {
				return true
			}
		}
	}
	return false
}
