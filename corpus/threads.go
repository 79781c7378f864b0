package corpus

import (
	_ "embed"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Coverage is often pasted from a forum thread, a comment section or an
// e-mail thread rather than from the article: the article sits in a
// block quote ("> "), replies are quoted deeper ("> > "), every post has
// a head ("u/name · 8h · 211 points", "@name 14h", "**Name** @handle ·
// 8 janv."), every message a header block ("From:/To:/Date:/Subject:",
// "De :/À :/Objet :") and a quoted reply an opening line ("On … wrote:",
// "Le … a écrit :"), and the page around has its buttons ("Reply",
// "↳ 312 likes · Reply", "load more comments", "[deleted]"), its bots'
// notices and its signatures and disclaimers. Read as it stands, a post
// head runs into the post's first sentence and the quote markers into
// every passage, so a provision comes out as "> u/name · 8h · 211
// points > Point 21 …" and an attribution inside the quoted text is lost.
// readThreads undoes this before the body is reflowed: quote markers go,
// each change of quote level and each post is a paragraph of its own,
// post heads, header blocks, reply openers, interface lines, bot and
// stickied notices and signatures are dropped. Who wrote a post goes
// with its head, so a commenter is never a speaker unless the text
// attributes a statement to them the usual way. Its vocabulary is data
// (data/threads.json).

//go:embed data/threads.json
var threadsJSON []byte

// threadWords is data/threads.json, indexed.
type threadWords struct {
	headers, from                  map[string]bool
	wrote                          []*regexp.Regexp
	counts, iface, meta            map[string]bool
	bots, notices, sigs, dividers  map[string]bool
	chatNotices                    map[string]bool
	chatOwn                        map[string]bool // words of a chat's own accounts and hosts (namedposts.go)
	chatAudience                   map[string]bool // whole audience notes of a chat head (chatbold.go)
	chatAudienceTo                 []string        // words that open one, with their space ("to ")
	ifacePrefixes, countList       []string
	chatNoticePrefixes             []string
	headerLine, handle, countField *regexp.Regexp
}

var threadData = sync.OnceValue(func() *threadWords {
	var d struct {
		Headers  []string `json:"headerLabels"`
		From     []string `json:"fromLabels"`
		Wrote    []string `json:"wrote"`
		Counts   []string `json:"countWords"`
		Iface    []string `json:"interface"`
		IfacePre []string `json:"interfacePrefixes"`
		Meta     []string `json:"metaWords"`
		Bots     []string `json:"botHandles"`
		Notices  []string `json:"noticeMarks"`
		Sigs     []string `json:"signatureDelimiters"`
		Dividers []string `json:"messageDividers"`
		Chat     []string `json:"chatNotices"`
		ChatPre  []string `json:"chatNoticePrefixes"`
		ChatOwn  []string `json:"chatOwnAccounts"`
		Audience []string `json:"chatAudience"`
	}
	mustDecodeJSON("data/threads.json", threadsJSON, &d)
	w := &threadWords{
		headers: set(d.Headers), from: set(d.From), counts: set(d.Counts), iface: set(d.Iface),
		meta: set(d.Meta), bots: set(d.Bots), notices: set(d.Notices), sigs: set(d.Sigs), dividers: set(d.Dividers),
		ifacePrefixes: d.IfacePre, countList: d.Counts,
		chatNotices: set(d.Chat), chatNoticePrefixes: d.ChatPre, chatOwn: set(d.ChatOwn),
		// "**De:** Alertas <a@b>", "Objet : RE: …", "Reply-To: …"
		headerLine: regexp.MustCompile(`^\*{0,2}\s*([\p{L}][\p{L}-]{0,11}(?: [\p{L}]{1,4})?)\s*:\s*\*{0,2}(?:\s+|$)`),
		// "u/name", "/u/name", "r/sub", "@name", "@name.bsky.social", "u/[deleted]"
		handle: regexp.MustCompile(`^(?:/?[ur]/[\p{L}\p{N}_\-\[\]]+|@[\p{L}\p{N}_.\-]+)$`),
		// "1.9k points", "640", "94% upvoted", "1,084", "2.1K", "🏅×2"
		countField: regexp.MustCompile(`^[×x]?\d[\d.,\s]*[kKmM%]?(?:\s+(.+))?$`),
	}
	for _, p := range d.Wrote {
		w.wrote = append(w.wrote, regexp.MustCompile(p))
	}
	w.chatAudience = map[string]bool{}
	for _, a := range d.Audience {
		if to, ok := strings.CutSuffix(a, " …"); ok {
			w.chatAudienceTo = append(w.chatAudienceTo, to+" ")
		} else {
			w.chatAudience[a] = true
		}
	}
	return w
})

// threadKind is what a line of a thread is.
type threadKind uint8

const (
	threadText   threadKind = iota
	threadBlank             // blank, or a quote marker alone
	threadDrop              // interface, a reply opener, a header line
	threadHead              // a post's head
	threadNotice            // the head of a bot's or a stickied post: the post goes too
	threadSig               // a signature delimiter: what follows up to the next message goes
	threadRule              // a horizontal rule ("---"): ends a post
)

// threadLine is one line of the body on its way through readThreads.
type threadLine struct {
	text   string // without its quote markers
	level  int    // how deep it is quoted
	kind   threadKind
	indent int // of a post head: its replies are indented in some threads
}

// readThreads returns body with the quote markers, post heads, e-mail
// headers, interface lines and signatures of a pasted thread taken out
// and each post and quote level set off as a paragraph, or body as it is
// when it reads as no thread: two post heads at least, an e-mail header
// block, or a reply opener in quoted text.
func readThreads(body string) string {
	out, _ := readThread(body)
	return out
}

// readThread is readThreads, and returns as well the first line of each
// post's text, by which markPosts finds the paragraphs that open a post.
func readThread(body string) (string, map[string]bool) {
	if !mayBeThread(body) {
		return body, nil
	}
	w := threadData()
	raw := strings.Split(body, "\n")
	lines := make([]threadLine, len(raw))
	quoting := false // some line is quoted at the first level ("> ")
	for _, l := range raw {
		if lvl, _ := quoteLevel(l); lvl == 1 {
			quoting = true
			break
		}
	}
	heads, shown, mails, wrotes, ifaces := 0, 0, 0, 0, 0
	for i, l := range raw {
		tl := threadLine{text: l}
		if quoting {
			tl.level, tl.text = quoteLevel(l)
		}
		t := strings.TrimSpace(tl.text)
		switch {
		case t == "":
			tl.kind = threadBlank
		case isRule(t):
			tl.kind = threadRule
		case utf8.RuneCountInString(t) > 240:
			// a long line is text whatever it opens with
		case w.sigs[t]:
			tl.kind = threadSig
		case w.wroteLine(t) || lowerIn(w.dividers, strings.Trim(t, "-_=*> ")):
			tl.kind, wrotes = threadDrop, wrotes+1 // "On … wrote:", "-----Original Message-----"
		default:
			if notice, kept, ok := w.postHead(t); ok && kept {
				shown++ // a social post's head: left in the text
			} else if ok {
				tl.kind, heads = threadHead, heads+1
				if notice {
					tl.kind = threadNotice
				}
				tl.indent = len(tl.text) - len(strings.TrimLeft(tl.text, " \t"))
			} else if w.interfaceLine(t) {
				tl.kind, ifaces = threadDrop, ifaces+1
			}
		}
		lines[i] = tl
	}
	mails = w.markHeaderBlocks(lines)
	if heads < 2 && mails == 0 && !(wrotes > 0 && quoting) && !(heads+shown > 0 && ifaces > 0) {
		// no thread: a reply opener outside quoted text, or a divider
		// with no header block under it, is no evidence enough
		return body, nil
	}
	if mails == 0 {
		for i := range lines { // a signature is read in e-mail only
			if lines[i].kind == threadSig {
				lines[i].kind = threadText
			}
		}
	} else {
		markSignOffs(lines)
	}
	return joinThread(lines, strings.Contains(body, "\n\n"))
}

// mayBeThread is readThreads' quick look: a post head's separator or
// handle, a quote marker, or a header's colon at a line start.
func mayBeThread(body string) bool {
	if strings.Contains(body, " · ") || strings.Contains(body, "\n>") || strings.Contains(body, "\n@") ||
		strings.Contains(body, "u/") || strings.Contains(body, ":**") || strings.Contains(body, " : ") {
		return true
	}
	w := threadData()
	for l := range strings.SplitSeq(body, "\n") {
		// "Von: …", "Subject: …": a header's label, short, then a colon
		if i := strings.IndexByte(l, ':'); i > 0 && i <= 24 && lowerIn(w.headers, strings.TrimSpace(l[:i])) {
			return true
		}
	}
	return false
}

// joinThread writes the lines readThreads kept: a paragraph break (when
// the body separates paragraphs by blank lines) where a line was dropped,
// where the quote level changes and around a line all in bold or italic
// (a headline or a source label in a digest); a bot's or stickied post
// and an e-mail signature are dropped up to the next post or message.
func joinThread(lines []threadLine, blankSeparated bool) (string, map[string]bool) {
	out := make([]string, 0, len(lines))
	starts := map[string]bool{}
	opening := false // the next text line opens a post
	brk := func() {
		if blankSeparated && len(out) > 0 && out[len(out)-1] != "" {
			out = append(out, "")
		}
	}
	skipping := false // inside a notice post or a signature
	skipParas := 0    // paragraphs of a notice post left to skip
	lastLevel := -1
	postIndent := -1 // the indent of the last post head
	for i, l := range lines {
		switch l.kind {
		case threadHead:
			skipping, postIndent, lastLevel, opening = false, l.indent, l.level, true
			brk()
			continue
		case threadNotice:
			skipping, skipParas, postIndent, lastLevel = true, 3, l.indent, l.level
			brk()
			continue
		case threadSig:
			skipping, skipParas = true, -1
			brk()
			continue
		case threadRule:
			skipping = false
			brk()
			out = append(out, l.text)
			brk()
			lastLevel = -1
			continue
		case threadDrop:
			if i+1 < len(lines) && lines[i+1].kind == threadDrop {
				skipping = skipping && lines[i+1].level == l.level
			}
			brk()
			continue
		case threadBlank:
			if skipping && skipParas > 0 && i > 0 && lines[i-1].kind == threadText {
				skipParas--
				if skipParas == 0 {
					skipping = false
				}
			}
			brk()
			continue
		}
		if skipping && lastLevel >= 0 && l.level != lastLevel && skipParas > 0 {
			skipping = false // a notice ends where the quote level changes
		}
		if skipping {
			lastLevel = l.level
			continue
		}
		if lastLevel >= 0 && l.level != lastLevel {
			brk()
		}
		lastLevel = l.level
		text := l.text
		if postIndent > 0 {
			text = strings.TrimLeft(text, " \t")
		}
		if opening {
			starts[strings.TrimSpace(text)], opening = true, false
		}
		if standaloneEmphasis(strings.TrimSpace(text)) {
			brk()
			out = append(out, text)
			brk()
			continue
		}
		out = append(out, text)
	}
	for len(out) > 0 && out[len(out)-1] == "" {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "\n"), starts
}

// markPosts marks the paragraphs that open a post of a thread, whose
// first lines readThread returned: a pronoun there does not reach back
// into the post before, written by someone else (speakers.go).
func markPosts(ps []paragraph, starts map[string]bool) []paragraph {
	if len(starts) == 0 {
		return ps
	}
	for i := range ps {
		for s := range starts {
			if strings.HasPrefix(ps[i].text, s) || strings.HasPrefix(s, ps[i].text) && ps[i].text != "" {
				ps[i].post = true
				break
			}
		}
	}
	return ps
}

// markSignOffs drops the name a message is signed with ("Dana",
// "— Léa M."): a line of one or two capitalised words alone as a
// paragraph, at the end of a message (before the next message's header,
// a reply opener, a signature, a change of quote level or the end).
func markSignOffs(lines []threadLine) {
	for i, l := range lines {
		if l.kind != threadText || i > 0 && lines[i-1].kind != threadBlank && lines[i-1].kind != threadDrop {
			continue
		}
		if !signOff(strings.TrimSpace(l.text)) {
			continue
		}
		j := i + 1
		for j < len(lines) && lines[j].kind == threadBlank && lines[j].level == l.level {
			j++
		}
		if j == len(lines) || lines[j].kind != threadText || lines[j].level != l.level {
			lines[i].kind = threadDrop
		}
	}
}

// signOff reports whether t is a name a message is signed with.
func signOff(t string) bool {
	t = strings.TrimSpace(strings.TrimLeft(t, "-–—~ "))
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 2 || utf8.RuneCountInString(t) > 30 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || containsAny(w, ",:;!?\"«»“”()0123456789") {
			return false
		}
	}
	return true
}

// quoteLevel returns how deeply a line is quoted ("> > text", ">> text",
// "  > text") and the line without its markers.
func quoteLevel(l string) (int, string) {
	s := strings.TrimLeft(l, " \t")
	lvl := 0
	for strings.HasPrefix(s, ">") {
		rest := s[1:]
		if rest != "" && rest[0] != ' ' && rest[0] != '>' && rest[0] != '\t' {
			break // ">text": no marker
		}
		lvl++
		s = strings.TrimLeft(rest, " \t")
		if !strings.HasPrefix(s, ">") {
			break
		}
	}
	if lvl == 0 {
		return 0, l
	}
	return lvl, s
}

// isRule reports whether a line is a Markdown horizontal rule.
func isRule(t string) bool {
	if len(t) < 3 {
		return false
	}
	for _, c := range []string{"-", "*", "_", "—"} {
		if strings.Trim(t, c+" ") == "" {
			return true
		}
	}
	return false
}

// standaloneEmphasis reports whether a line is all in bold or italic and
// short: a headline or source label that stands as its own paragraph.
func standaloneEmphasis(t string) bool {
	if utf8.RuneCountInString(t) > 160 || len(t) < 3 {
		return false
	}
	for _, m := range []string{"**", "*", "__", "_"} {
		if strings.HasPrefix(t, m) && strings.HasSuffix(t, m) && len(t) > 2*len(m) {
			inner := t[len(m) : len(t)-len(m)]
			return !strings.Contains(inner, m) || m == "*" && strings.HasPrefix(inner, "*")
		}
	}
	return false
}

// wroteLine reports whether t opens a quoted reply ("On … wrote:").
func (w *threadWords) wroteLine(t string) bool {
	if !strings.HasSuffix(t, ":") {
		return false
	}
	for _, r := range w.wrote {
		if r.MatchString(t) {
			return true
		}
	}
	return false
}

// markHeaderBlocks marks the runs of e-mail header lines, two or more
// in a row of which one names the sender, as dropped, and returns how
// many it found.
func (w *threadWords) markHeaderBlocks(lines []threadLine) int {
	found := 0
	for i := 0; i < len(lines); {
		j, from := i, false
		for j < len(lines) && lines[j].kind == threadText {
			label, ok := w.headerLabel(strings.TrimSpace(lines[j].text))
			if !ok {
				break
			}
			from = from || w.from[label]
			j++
		}
		if j-i >= 2 && from {
			for k := i; k < j; k++ {
				lines[k].kind = threadDrop
			}
			found++
		}
		if j == i {
			j++
		}
		i = j
	}
	return found
}

// headerLabel returns the lower-cased label of an e-mail header line
// ("**Asunto:** …" -> "asunto").
func (w *threadWords) headerLabel(t string) (string, bool) {
	m := w.headerLine.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	label := lowerString(m[1])
	return label, w.headers[label]
}

// threadFields cuts a short line into its fields: by " · " or "•", or by
// runs of two spaces or more ("[Subscribe]   👍 2.1K   ⤴ Share").
func threadFields(t string) []string {
	t = strings.ReplaceAll(strings.ReplaceAll(t, "•", "·"), "\t", "  ")
	var out []string
	for f := range strings.SplitSeq(t, "·") {
		for g := range strings.SplitSeq(f, "  ") {
			if g = strings.TrimSpace(g); g != "" {
				out = append(out, g)
			}
		}
	}
	return out
}

// cleanField takes a field's markup, leading symbols ("↳", "📌", "⤴"),
// trailing arrows and a bracketed count ("(37 replies)") off, lower case.
func cleanField(f string) string {
	f = strings.Trim(f, "*_ ")
	if i := strings.Index(f, " ("); i > 0 && strings.HasSuffix(f, ")") {
		f = f[:i]
	}
	f = strings.TrimLeftFunc(f, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '[' && r != '@' && r != '/'
	})
	f = strings.TrimRightFunc(f, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ']' && r != '%' && r != '\''
	})
	return lowerString(strings.Trim(f, "*_ "))
}

// postHead reports whether t is a post's head: a handle ("u/name",
// "@name", "**Name** @handle", "Posted by u/name") with nothing but
// times, counts and labels beside it, and whether the post is a bot's or
// a stickied notice. kept is a head other readers read for the post's
// author (a display name's, a channel digest's): it stays in the text.
func (w *threadWords) postHead(t string) (notice, kept, ok bool) {
	if utf8.RuneCountInString(t) > 200 {
		return false, false, false
	}
	t = strings.TrimLeft(t, "↳ ")
	fields := threadFields(t)
	handles, metas := 0, 0
	for _, f := range fields {
		c := cleanField(f)
		if h, rest, k, ok := w.handleField(f); ok {
			handles++
			kept = kept || k
			if w.bots[h] {
				notice = true
			}
			metas += rest
			continue
		}
		if !w.metaField(c) {
			return false, false, false
		}
		if w.notices[c] || strings.Contains(c, "stickied") {
			notice = true
		}
		metas++
	}
	return notice, kept, handles >= 1 && handles <= 2 && metas > 0 // a community's and its author's
}

// handleField reports whether a field names a post's author: a handle
// alone or after "Posted by" or a name of up to four words, or a handle
// followed by its time ("@name 14h"); it returns the handle and how many
// meta tokens followed it.
func (w *threadWords) handleField(f string) (handle string, rest int, kept, ok bool) {
	toks := strings.Fields(strings.ReplaceAll(f, "**", " "))
	for i, tok := range toks {
		tok = strings.Trim(tok, "*_,:")
		if !w.handle.MatchString(tok) {
			continue
		}
		before := toks[:i]
		lb := lowerString(strings.Join(before, " "))
		if len(before) > 0 && lb != "posted by" && lb != "publié par" && lb != "publicado por" && lb != "pubblicato da" {
			// "**Name** @handle · 8 janv.": a social post shown with its
			// author's name, which digestpost.go reads as the author of
			// an embedded or summed-up post; left to it
			kept = true
		}
		if strings.HasPrefix(tok, "@") && len(toks) == 1 {
			// "@channel · Sun 23 Nov · 👁 1.4M": a channel digest's head
			// (digestpost.go); a comment's head writes its time after
			// the handle without a dot ("@name 14h")
			kept = true
		}
		for _, r := range toks[i+1:] {
			if !w.metaField(cleanField(r)) {
				return "", 0, false, false
			}
			rest++
		}
		return lowerString(tok), rest, kept, true
	}
	return "", 0, false, false
}

// metaField reports whether a cleaned field of a post head is a time, a
// count, a date or a label ("13h", "1.9k points", "7 janv", "level 2",
// "stickied", "🏅×2").
func (w *threadWords) metaField(c string) bool {
	if c == "" {
		return true // symbols only
	}
	words := strings.Fields(c)
	if len(words) > 5 { // "il y a 3 h"
		return false
	}
	if containsAny(c, "0123456789") {
		return true
	}
	if w.iface[c] || w.notices[c] {
		return true
	}
	for _, wd := range words {
		if !w.meta[wd] {
			return false
		}
	}
	return true
}

// interfaceLine reports whether t is a line of a comment section's
// interface: every field a button or label, a count, or symbols
// ("↳ 312 likes · Reply", "412 comments · 94% upvoted · Share",
// "*load more comments (37 replies)*", "[removed by moderator …]"),
// with one field at least that says what it is.
func (w *threadWords) interfaceLine(t string) bool {
	if utf8.RuneCountInString(t) > 160 {
		return false
	}
	lt := lowerString(strings.Trim(t, "*_ "))
	for _, p := range w.ifacePrefixes {
		if strings.HasPrefix(lt, p) && (strings.HasPrefix(p, "[") || len(strings.Fields(lt)) <= 8) {
			return true
		}
	}
	if strings.HasPrefix(t, "[") && strings.HasSuffix(t, "]") && !strings.Contains(t, "](") &&
		utf8.RuneCountInString(t) <= 60 && !containsAny(t, "0123456789") && len(strings.Fields(t)) <= 5 {
		return true // a button ("[Subscribe]", "[Show full transcript]")
	}
	fields := threadFields(t)
	said, counts := false, 0
	for _, f := range fields {
		c := cleanField(f)
		switch {
		case c == "":
			continue // symbols only
		case w.iface[c] || w.hasIfacePrefix(c):
			said = true
		case w.countField.MatchString(c):
			m := w.countField.FindStringSubmatch(c)
			if m[1] != "" && !w.counts[m[1]] && !w.counts[strings.TrimSuffix(m[1], " upvoted")] {
				if len(fields) < 3 || len(strings.Fields(m[1])) > 3 {
					return false
				}
			} else if m[1] != "" {
				said = true
			}
			counts++
		default:
			if len(fields) < 3 || len(strings.Fields(c)) > 4 {
				return false
			}
		}
	}
	return said || counts >= 2 && len(fields) >= 3
}

// hasIfacePrefix reports whether a cleaned field opens with one of the
// interface prefixes ("sort by: best").
func (w *threadWords) hasIfacePrefix(c string) bool {
	for _, p := range w.ifacePrefixes {
		if strings.HasPrefix(c, p) {
			return true
		}
	}
	return false
}
