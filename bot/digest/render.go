package digest

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf16"

	"github.com/bwmarrin/discordgo"

	"planbot/bot"
	"planbot/corpus"
)

// Discord's limits (DESIGN.md). Lengths are counted in UTF-16 code units,
// which is never less than Discord's own count.
const (
	LimitContent      = 2000
	LimitTitle        = 256
	LimitDescription  = 4096
	LimitFields       = 25
	LimitFieldName    = 256
	LimitFieldValue   = 1024
	LimitFooter       = 2048
	LimitEmbedChars   = 6000 // across all embeds of one message
	LimitEmbeds       = 10
	blockBudget       = 5400 // one embed's share, leaving room for footer and notice
	defaultMaxParts   = 5
	defaultSnippetLen = 280
	digestColor       = 0x3B6EA5
)

// Message is one Discord create-message body exactly as sent. It is its own
// type because discordgo v0.29's MessageSend has no nonce or enforce_nonce.
type Message struct {
	Content         string                            `json:"content,omitempty"`
	Embeds          []*discordgo.MessageEmbed         `json:"embeds,omitempty"`
	AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	Nonce           string                            `json:"nonce,omitempty"`
	EnforceNonce    bool                              `json:"enforce_nonce,omitempty"`
}

// RenderOptions tunes Render; the zero value is the default.
type RenderOptions struct {
	// MaxParts caps the messages one digest becomes; what does not fit is
	// counted in a closing notice. Defaults to 5.
	MaxParts int
	// SnippetLen caps each provision or statement snippet; defaults to 280.
	SnippetLen int
}

// block is one embed plus how many items of each kind it shows.
type block struct {
	e          *discordgo.MessageEmbed
	provisions int
	statements int
	sources    int
}

// Render turns a digest into the messages to post, in order. Every message
// has at most 10 embeds and 6000 embed characters, every embed and field
// fits its own limits, and mentions are never parsed.
func Render(d Digest, opt RenderOptions) []Message {
	if opt.MaxParts <= 0 {
		opt.MaxParts = defaultMaxParts
	}
	if opt.SnippetLen <= 0 {
		opt.SnippetLen = defaultSnippetLen
	}
	if d.Empty() {
		return []Message{newMessage(&discordgo.MessageEmbed{
			Title:       "Plan digest: no updates",
			Description: "Nothing new has been added since " + fmtTime(d.Since) + ".",
			Color:       digestColor,
		})}
	}
	blocks := digestBlocks(d, opt)
	msgs := pack(blocks, opt.MaxParts)
	summary := summaryLine(d)
	for i, m := range msgs {
		last := m.Embeds[len(m.Embeds)-1]
		text := summary
		if len(msgs) > 1 {
			text = fmt.Sprintf("Part %d of %d · %s", i+1, len(msgs), summary)
		}
		last.Footer = &discordgo.MessageEmbedFooter{Text: truncate(text, LimitFooter)}
	}
	return msgs
}

func newMessage(embeds ...*discordgo.MessageEmbed) Message {
	return Message{Embeds: embeds, AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}}
}

// summaryLine says how much there is: "2 sources · 14 provisions (3 changed) · 5 statements".
func summaryLine(d Digest) string {
	np, ns := d.Counts()
	changed := 0
	for _, g := range d.Plans {
		for _, p := range g.Provisions {
			if p.Changed {
				changed++
			}
		}
	}
	s := plural(len(d.Sources), "source") + " · " + plural(np, "provision")
	if changed > 0 {
		s += fmt.Sprintf(" (%d changed)", changed)
	}
	return s + " · " + plural(ns, "statement")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// digestBlocks lays the digest out as embeds, each within blockBudget.
func digestBlocks(d Digest, opt RenderOptions) []block {
	var blocks []block
	// Header and sources: one line per source in the description.
	head := fmt.Sprintf("**%s** added since %s.", summaryLine(d), fmtTime(d.Since))
	if d.Restated > 0 {
		head += fmt.Sprintf(" %s repeated word for word from earlier sources left out.", plural(d.Restated, "provision"))
	}
	head += "\n\n"
	title := "Plan digest: " + plural(len(d.Sources), "new source")
	cur := block{e: &discordgo.MessageEmbed{Title: truncate(title, LimitTitle), Color: digestColor}}
	desc := head
	for _, s := range d.Sources {
		line := "• " + truncate(sourceLine(s), 400) + "\n"
		if size(desc)+size(line) > LimitDescription || size(cur.e.Title)+size(desc)+size(line) > blockBudget {
			cur.e.Description = strings.TrimRight(desc, "\n")
			blocks = append(blocks, cur)
			cur = block{e: &discordgo.MessageEmbed{Title: "Sources (continued)", Color: digestColor}}
			desc = ""
		}
		desc += line
		cur.sources++
	}
	cur.e.Description = strings.TrimRight(desc, "\n")
	blocks = append(blocks, cur)

	for _, g := range d.Plans {
		var fields []field
		for _, p := range g.Provisions {
			name := "Provision"
			if p.Number > 0 {
				name = fmt.Sprintf("Point %d", p.Number)
			}
			if p.Changed {
				name += " · changed"
			}
			fields = append(fields, field{name: name, value: itemValue(mdEscape(snippet(p.Text, opt.SnippetLen)), p.Source), provision: true})
		}
		blocks = append(blocks, fieldBlocks("Provisions · "+g.Plan, fields)...)
	}
	for _, g := range d.Speakers {
		var fields []field
		for _, s := range g.Statements {
			kind := "reported"
			text := mdEscape(snippet(s.Text, opt.SnippetLen))
			if s.Direct {
				kind = "quoted"
				text = "“" + text + "”"
			}
			date := s.Date
			if date == "" {
				date = s.Source.Published
			}
			name := kind
			if date != "" {
				name = fmtDate(date) + " · " + kind
			}
			fields = append(fields, field{name: name, value: itemValue(text, s.Source)})
		}
		who := g.Speaker
		if g.Role != "" {
			who += ", " + g.Role
		}
		blocks = append(blocks, fieldBlocks("Statements · "+who, fields)...)
	}
	return blocks
}

type field struct {
	name, value string
	provision   bool
}

// fieldBlocks spreads fields over as many embeds as the limits need.
func fieldBlocks(title string, fields []field) []block {
	title = truncate(mdEscape(title), LimitTitle-len(" (continued)"))
	var out []block
	cur := block{e: &discordgo.MessageEmbed{Title: title, Color: digestColor}}
	used := size(title)
	for _, f := range fields {
		name := truncate(f.name, LimitFieldName)
		value := truncate(f.value, LimitFieldValue)
		if len(cur.e.Fields) == LimitFields || used+size(name)+size(value) > blockBudget {
			out = append(out, cur)
			cur = block{e: &discordgo.MessageEmbed{Title: title + " (continued)", Color: digestColor}}
			used = size(cur.e.Title)
		}
		cur.e.Fields = append(cur.e.Fields, &discordgo.MessageEmbedField{Name: name, Value: value})
		used += size(name) + size(value)
		if f.provision {
			cur.provisions++
		} else {
			cur.statements++
		}
	}
	return append(out, cur)
}

// pack fills messages greedily with blocks; past maxParts messages the rest
// is dropped and counted in a closing notice.
func pack(blocks []block, maxParts int) []Message {
	var msgs []Message
	var cur []block
	used := 0
	flush := func() {
		if len(cur) > 0 {
			msgs = append(msgs, blocksMessage(cur))
		}
		cur, used = nil, 0
	}
	for i, b := range blocks {
		n := embedSize(b.e)
		if len(cur) == LimitEmbeds || used+n > blockBudget {
			flush()
			if len(msgs) == maxParts {
				last := msgs[len(msgs)-1]
				msgs[len(msgs)-1] = withNotice(last, blocksOf(last, blocks), blocks[i:])
				return msgs
			}
		}
		cur = append(cur, b)
		used += n
	}
	flush()
	return msgs
}

// blocksOf recovers the blocks behind a packed message (same embed pointers).
func blocksOf(m Message, all []block) []block {
	var out []block
	for _, e := range m.Embeds {
		for _, b := range all {
			if b.e == e {
				out = append(out, b)
			}
		}
	}
	return out
}

// withNotice replaces the message's tail with a notice counting everything
// not shown, dropping embeds from its end until the notice fits.
func withNotice(m Message, shown, dropped []block) Message {
	for {
		var src, prov, stmt int
		for _, b := range dropped {
			src += b.sources
			prov += b.provisions
			stmt += b.statements
		}
		var parts []string
		if src > 0 {
			parts = append(parts, plural(src, "source"))
		}
		if prov > 0 {
			parts = append(parts, plural(prov, "provision"))
		}
		if stmt > 0 {
			parts = append(parts, plural(stmt, "statement"))
		}
		notice := &discordgo.MessageEmbed{
			Title:       "More not shown",
			Description: "…and " + strings.Join(parts, ", ") + " more. Use /provision, /statement or /search to read them.",
			Color:       digestColor,
		}
		used := embedSize(notice) + 300 // footer is added later
		for _, b := range shown {
			used += embedSize(b.e)
		}
		if len(shown) == 0 || len(shown) < LimitEmbeds && used <= LimitEmbedChars {
			embeds := make([]*discordgo.MessageEmbed, 0, len(shown)+1)
			for _, b := range shown {
				embeds = append(embeds, b.e)
			}
			return newMessage(append(embeds, notice)...)
		}
		dropped = append([]block{shown[len(shown)-1]}, dropped...)
		shown = shown[:len(shown)-1]
	}
}

func blocksMessage(bs []block) Message {
	embeds := make([]*discordgo.MessageEmbed, len(bs))
	for i, b := range bs {
		embeds[i] = b.e
	}
	return newMessage(embeds...)
}

// itemValue is a field value: the snippet, then its citation with a link.
func itemValue(text string, s corpus.Source) string {
	cite := "— " + truncate(sourceLine(s), 300)
	return truncate(text, LimitFieldValue-size(cite)-1) + "\n" + cite
}

// sourceLine is "[Title](url), Outlet, 23 Nov 2025" with whatever is known.
func sourceLine(s corpus.Source) string {
	title := s.Title
	if title == "" {
		title = "Untitled source"
	}
	title = mdEscape(truncate(title, 200))
	if u := safeURL(s.URL); u != "" {
		title = "[" + title + "](" + u + ")"
	}
	parts := []string{title}
	if s.Outlet != "" {
		parts = append(parts, mdEscape(s.Outlet))
	}
	if s.Published != "" {
		parts = append(parts, fmtDate(s.Published))
	}
	return strings.Join(parts, ", ")
}

// safeURL is a source's URL fit for a Markdown link, "" when it must not be
// linked: the bot's own LinkURL, so digests and answers agree.
func safeURL(u string) string { return bot.LinkURL(u) }

// mdEscape makes corpus text render literally in Discord Markdown: the
// bot's own EscapeMarkdown, so digests and answers escape the same way.
func mdEscape(s string) string { return bot.EscapeMarkdown(s) }

// snippet is the text on one line, cut at a word boundary near n characters.
func snippet(text string, n int) string {
	return truncate(strings.Join(strings.Fields(text), " "), n)
}

// truncate cuts s to at most n UTF-16 units, preferring a word boundary,
// and marks the cut with an ellipsis.
func truncate(s string, n int) string {
	if size(s) <= n {
		return s
	}
	if n <= 1 {
		return ""
	}
	runes := []rune(s)
	units := 0
	cut := 0
	for i, r := range runes {
		w := utf16.RuneLen(r)
		if w < 0 {
			w = 1
		}
		if units+w > n-1 {
			break
		}
		units += w
		cut = i + 1
	}
	out := string(runes[:cut])
	if sp := strings.LastIndexAny(out, " \n"); sp > len(out)/2 {
		out = out[:sp]
	}
	return strings.TrimRight(out, " \n\\") + "…"
}

// size counts s as Discord's limits do, in UTF-16 code units (an upper bound).
func size(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// embedSize is an embed's share of the 6000-character message total.
func embedSize(e *discordgo.MessageEmbed) int {
	n := size(e.Title) + size(e.Description)
	for _, f := range e.Fields {
		n += size(f.Name) + size(f.Value)
	}
	if e.Footer != nil {
		n += size(e.Footer.Text)
	}
	if e.Author != nil {
		n += size(e.Author.Name)
	}
	return n
}

func fmtDate(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	return t.Format("2 Jan 2006")
}

func fmtTime(t time.Time) string {
	if t.IsZero() {
		return "the beginning"
	}
	return t.UTC().Format("2 Jan 2006 15:04 UTC")
}

// RenderAnnouncement is the short message posted to announce channels when
// sources are ingested: one line per source with what it added.
func RenderAnnouncement(docs []*corpus.Document) Message {
	title := "New source added"
	if len(docs) != 1 {
		title = fmt.Sprintf("%d new sources added", len(docs))
	}
	var b strings.Builder
	for i, d := range docs {
		line := "• " + truncate(sourceLine(d.Source), 400) + fmt.Sprintf(" (%s, %s)\n", plural(len(d.Provisions), "provision"), plural(len(d.Statements), "statement"))
		if size(b.String())+size(line) > 3800 {
			fmt.Fprintf(&b, "…and %d more.\n", len(docs)-i)
			break
		}
		b.WriteString(line)
	}
	b.WriteString("Use /search to read them.")
	return newMessage(&discordgo.MessageEmbed{Title: title, Description: b.String(), Color: digestColor})
}

// PreviewReply is the digest as an ephemeral reply: the summary, the sources
// and the first items, leaving the limits to bot's renderer.
func PreviewReply(d Digest, msgs int, maxEntries int) bot.Reply {
	r := bot.Reply{Title: "Digest preview", Ephemeral: true}
	if d.Empty() {
		r.Text = "Nothing new since " + fmtTime(d.Since) + ": a scheduled digest would post nothing."
		return r
	}
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** added since %s.\n", summaryLine(d), fmtTime(d.Since))
	for i, s := range d.Sources {
		if i == 10 {
			fmt.Fprintf(&b, "…and %d more sources.\n", len(d.Sources)-i)
			break
		}
		b.WriteString("• " + truncate(sourceLine(s), 300) + "\n")
	}
	r.Text = strings.TrimRight(b.String(), "\n")
	total := 0
	for _, g := range d.Plans {
		for _, p := range g.Provisions {
			total++
			if len(r.Entries) < maxEntries {
				h := mdEscape(g.Plan)
				if p.Number > 0 {
					h += fmt.Sprintf(", point %d", p.Number)
				}
				// The renderer escapes the citation and checks the URL.
				r.Entries = append(r.Entries, bot.Entry{Heading: h, Body: mdEscape(snippet(p.Text, defaultSnippetLen)), Citation: citation(p.Source), URL: p.Source.URL})
			}
		}
	}
	for _, g := range d.Speakers {
		for _, s := range g.Statements {
			total++
			if len(r.Entries) < maxEntries {
				h := g.Speaker
				if g.Role != "" {
					h += ", " + g.Role
				}
				r.Entries = append(r.Entries, bot.Entry{Heading: mdEscape(h), Body: mdEscape(snippet(s.Text, defaultSnippetLen)), Citation: citation(s.Source), URL: s.Source.URL})
			}
		}
	}
	r.Footer = fmt.Sprintf("Showing %d of %d items · posting would send %s", len(r.Entries), total, plural(msgs, "message"))
	return r
}

func citation(s corpus.Source) string {
	parts := []string{s.Title}
	if s.Outlet != "" {
		parts = append(parts, s.Outlet)
	}
	if s.Published != "" {
		parts = append(parts, s.Published)
	}
	return strings.Join(parts, ", ")
}

// FormatText writes messages as plain text, embed by embed, for the CLI:
// what would be posted, readable in a terminal.
func FormatText(msgs []Message) string {
	var b strings.Builder
	for i, m := range msgs {
		if len(msgs) > 1 {
			fmt.Fprintf(&b, "--- message %d of %d ---\n", i+1, len(msgs))
		}
		if m.Content != "" {
			b.WriteString(m.Content + "\n")
		}
		for _, e := range m.Embeds {
			if e.Title != "" {
				b.WriteString("## " + e.Title + "\n")
			}
			if e.Description != "" {
				b.WriteString(e.Description + "\n")
			}
			for _, f := range e.Fields {
				b.WriteString("- " + f.Name + ": " + strings.ReplaceAll(f.Value, "\n", "\n  ") + "\n")
			}
			if e.Footer != nil {
				b.WriteString("(" + e.Footer.Text + ")\n")
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}
