package bot

import (
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's message limits (DESIGN.md). Lengths are counted in UTF-16 code
// units, which is never less than Discord's character count, so a reply that
// fits here fits there.
const (
	LimitContent       = 2000
	LimitEmbedTitle    = 256
	LimitEmbedDesc     = 4096
	LimitEmbedFields   = 25
	LimitFieldName     = 256
	LimitFieldValue    = 1024
	LimitFooter        = 2048
	LimitEmbedTotal    = 6000
	LimitEmbeds        = 10
	LimitChoices       = 25
	LimitChoice        = 100
	LimitCustomID      = 100
	LimitButtonLabel   = 80
	ellipsis           = "…"
	citationMax        = 400 // a citation line never eats more of a field than this
	noopPrev, noopNext = "noop/prev", "noop/next"
)

// Button labels of the pager.
const (
	LabelPrev = "Previous"
	LabelNext = "More"
)

// noMentions is the allowed_mentions every reply carries: echoed text (a
// query containing @everyone or <@&role>) must never ping anyone.
func noMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// Render turns a handler's Reply into the interaction response for a
// request of the given kind. It is the only code that knows Discord's
// limits: whatever the Reply holds, the result respects every one of them.
func Render(kind RequestKind, r Reply) *discordgo.InteractionResponse {
	if kind == KindAutocomplete {
		return &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: renderChoices(r.Choices)},
		}
	}
	typ := discordgo.InteractionResponseChannelMessageWithSource
	if kind == KindComponent && r.Update {
		typ = discordgo.InteractionResponseUpdateMessage
	}
	msg := RenderMessage(r)
	data := &discordgo.InteractionResponseData{
		Content:         msg.Content,
		Embeds:          msg.Embeds,
		Components:      msg.Components,
		AllowedMentions: msg.AllowedMentions,
	}
	if data.Embeds == nil {
		data.Embeds = []*discordgo.MessageEmbed{}
	}
	if data.Components == nil {
		data.Components = []discordgo.MessageComponent{}
	}
	if r.Ephemeral && typ != discordgo.InteractionResponseUpdateMessage {
		data.Flags = discordgo.MessageFlagsEphemeral
	}
	return &discordgo.InteractionResponse{Type: typ, Data: data}
}

// RenderMessage turns a Reply into a channel message, for replies that are
// posted rather than answered (digests, follow-ups). A Reply with a title or
// entries becomes one embed; one with only text becomes plain content.
func RenderMessage(r Reply) *discordgo.MessageSend {
	msg := &discordgo.MessageSend{AllowedMentions: noMentions()}
	if r.Title == "" && len(r.Entries) == 0 {
		msg.Content = Truncate(r.Text, LimitContent)
		if r.Footer != "" {
			msg.Content = Truncate(r.Text+"\n-# "+r.Footer, LimitContent)
		}
	} else {
		msg.Embeds = []*discordgo.MessageEmbed{renderEmbed(r)}
	}
	if r.Pager != nil {
		msg.Components = []discordgo.MessageComponent{renderPager(r.Pager)}
	}
	return msg
}

// renderEmbed builds the one embed of a Reply within every embed limit and
// the 6000-character total. Entries beyond 25 are dropped (handlers page long
// lists); when the total would overflow, the lead text and then the longest
// entries are shortened, never the citations first.
func renderEmbed(r Reply) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Title: Truncate(r.Title, LimitEmbedTitle)}
	if r.Footer != "" {
		e.Footer = &discordgo.MessageEmbedFooter{Text: Truncate(r.Footer, LimitFooter)}
	}
	entries := r.Entries
	if len(entries) > LimitEmbedFields {
		entries = entries[:LimitEmbedFields]
	}
	fixed := Len(e.Title)
	if e.Footer != nil {
		fixed += Len(e.Footer.Text)
	}
	room := LimitEmbedTotal - fixed // at least 6000-256-2048 = 3696

	type field struct {
		name, body string
		cite       citation
	}
	fs := make([]field, len(entries))
	want := 0
	for i, en := range entries {
		name := en.Heading
		if strings.TrimSpace(name) == "" {
			name = "\u200b" // Discord rejects empty field names
		}
		fs[i] = field{name: Truncate(name, LimitFieldName), body: en.Body, cite: newCitation(en)}
		want += min(Len(fs[i].name)+Len(fs[i].body)+Len(fs[i].cite.full())+1, LimitFieldName+LimitFieldValue)
	}

	desc := r.Text
	descRoom := min(LimitEmbedDesc, room)
	if len(fs) > 0 {
		// The lead text yields to the entries, but keeps at least a quarter.
		descRoom = min(descRoom, max(room-want, room/4))
	}
	e.Description = Truncate(desc, descRoom)
	room -= Len(e.Description)

	if len(fs) > 0 {
		capPer := waterLevel(fs, room, func(f field) int {
			return min(Len(f.name)+Len(f.body)+Len(f.cite.full())+1, LimitFieldName+LimitFieldValue)
		})
		for _, f := range fs {
			name := f.name
			if Len(name) > capPer/3 && Len(name)+Len(f.body)+Len(f.cite.full())+1 > capPer {
				name = Truncate(name, max(capPer/3, 1))
			}
			value := fieldValue(f.body, f.cite, min(LimitFieldValue, capPer-Len(name)))
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: name, Value: value})
		}
	}
	// A last guard; the arithmetic above means it never fires.
	for embedLen(e) > LimitEmbedTotal && len(e.Fields) > 0 {
		e.Fields = e.Fields[:len(e.Fields)-1]
	}
	return e
}

// waterLevel returns the largest per-item cap c such that the sum over items
// of min(size, c) fits in room: short entries keep their full text and only
// the long ones are cut.
func waterLevel[T any](items []T, room int, size func(T) int) int {
	lo, hi := 0, LimitFieldName+LimitFieldValue
	fits := func(c int) bool {
		total := 0
		for _, it := range items {
			total += min(size(it), c)
		}
		return total <= room
	}
	if fits(hi) {
		return hi
	}
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if fits(mid) {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// fieldValue joins a snippet and its citation within n characters. The
// snippet is cut first; when even the citation is too long for the room, its
// link goes (a cut link would be broken markdown), then its text is cut.
func fieldValue(body string, cite citation, n int) string {
	body = strings.TrimSpace(body)
	n = max(n, 1)
	var line string
	if !cite.empty() {
		minBody := min(Len(body), 40)
		room := n - minBody - 1
		switch {
		case Len(cite.full()) <= room:
			line = cite.full()
		case cite.text != "" && Len("— "+cite.text) <= room:
			line = "— " + cite.text
		case cite.text != "":
			line = Truncate("— "+cite.text, max(room, n/2))
		default:
			line = ""
		}
	}
	switch {
	case line == "" && body == "":
		return "\u200b"
	case line == "":
		return Truncate(body, n)
	case body == "":
		return Truncate(line, n)
	}
	return Truncate(body, n-Len(line)-1) + "\n" + line
}

// citation is an entry's source line: its text and its link, kept apart so
// that the link is dropped whole rather than cut.
type citation struct{ text, link string }

// newCitation escapes the entry's citation text (document fields, shown
// literally) and links its URL only when LinkURL accepts it: the "[link]"
// is then the only link in the field.
func newCitation(en Entry) citation {
	c := citation{text: Truncate(EscapeMarkdown(strings.TrimSpace(en.Citation)), citationMax)}
	if u := LinkURL(en.URL); u != "" && len(u) < citationMax {
		c.link = "[link](" + u + ")"
	}
	return c
}

func (c citation) empty() bool { return c.text == "" && c.link == "" }

// full is "— Title, Outlet, 2025-11-23 · [link](url)".
func (c citation) full() string {
	switch {
	case c.empty():
		return ""
	case c.text == "":
		return "— " + c.link
	case c.link == "":
		return "— " + c.text
	}
	return "— " + c.text + " · " + c.link
}

func renderPager(p *Pager) discordgo.ActionsRow {
	button := func(label, id, noop string) discordgo.Button {
		b := discordgo.Button{Label: label, Style: discordgo.SecondaryButton, CustomID: id}
		if id == "" || len(id) > LimitCustomID || !utf8.ValidString(id) {
			b.CustomID, b.Disabled = noop, true
		}
		return b
	}
	next := button(LabelNext, p.NextID, noopNext)
	next.Style = discordgo.PrimaryButton
	return discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		button(LabelPrev, p.PrevID, noopPrev), next,
	}}
}

func renderChoices(cs []Choice) []*discordgo.ApplicationCommandOptionChoice {
	out := make([]*discordgo.ApplicationCommandOptionChoice, 0, min(len(cs), LimitChoices))
	seen := map[string]bool{}
	for _, c := range cs {
		if len(out) == LimitChoices {
			break
		}
		// A value is what the option receives, so it is never cut: one
		// that does not fit is left out instead.
		if c.Value == "" || Len(c.Value) > LimitChoice || seen[c.Value] {
			continue
		}
		seen[c.Value] = true
		name := c.Name
		if strings.TrimSpace(name) == "" {
			name = c.Value
		}
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: Truncate(name, LimitChoice), Value: c.Value})
	}
	return out
}

// Len is the length of s as Discord's limits count it (UTF-16 code units,
// an upper bound of its character count).
func Len(s string) int {
	n := 0
	for _, r := range s {
		// An invalid byte comes out of range as U+FFFD, which is also what
		// JSON sends for it: one unit, as Truncate counts it. (Counting it
		// as two made a title of invalid bytes pass Truncate yet fail the
		// limit check; found by FuzzRenderCitation.)
		n += max(utf16.RuneLen(r), 1)
	}
	return n
}

// Truncate shortens s to at most n characters (as Len counts them), cutting
// at a word boundary when one is near and marking the cut with "…". It never
// leaves a dangling "**" that would turn the rest of a message bold.
func Truncate(s string, n int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	if Len(s) <= n {
		return s
	}
	if n <= 0 {
		return ""
	}
	budget := n - 1 // room for the ellipsis
	cut, used := 0, 0
	for i, r := range s {
		w := utf16.RuneLen(r)
		if used+w > budget {
			break
		}
		used += w
		cut = i + utf8.RuneLen(r)
	}
	out := s[:cut]
	if sp := strings.LastIndexFunc(out, unicode.IsSpace); sp > 0 && Len(out[:sp]) > budget*3/4 {
		out = out[:sp]
	}
	out = strings.TrimRightFunc(out, unicode.IsSpace)
	if strings.Count(out, "**")%2 == 1 {
		out = out[:strings.LastIndex(out, "**")]
		out = strings.TrimRightFunc(out, unicode.IsSpace)
	}
	return out + ellipsis
}

func embedLen(e *discordgo.MessageEmbed) int {
	n := Len(e.Title) + Len(e.Description)
	if e.Footer != nil {
		n += Len(e.Footer.Text)
	}
	if e.Author != nil {
		n += Len(e.Author.Name)
	}
	for _, f := range e.Fields {
		n += Len(f.Name) + Len(f.Value)
	}
	return n
}

// CheckLimits reports every Discord limit a response breaks, and a missing
// allowed_mentions guard; nil means Discord would accept it. The renderer's
// tests run it on every output; other packages may use it on theirs.
func CheckLimits(resp *discordgo.InteractionResponse) error {
	if resp == nil {
		return errors.New("nil response")
	}
	d := resp.Data
	if d == nil {
		return nil
	}
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	if resp.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
		if len(d.Choices) > LimitChoices {
			bad("%d choices > %d", len(d.Choices), LimitChoices)
		}
		for _, c := range d.Choices {
			if Len(c.Name) > LimitChoice || Len(c.Name) == 0 {
				bad("choice name length %d", Len(c.Name))
			}
			if s, ok := c.Value.(string); ok && Len(s) > LimitChoice {
				bad("choice value length %d", Len(s))
			}
		}
		return errors.Join(errs...)
	}
	if d.AllowedMentions == nil || d.AllowedMentions.Parse == nil || len(d.AllowedMentions.Parse) != 0 {
		bad("allowed_mentions must be present with an empty parse list")
	}
	if Len(d.Content) > LimitContent {
		bad("content %d > %d", Len(d.Content), LimitContent)
	}
	if len(d.Embeds) > LimitEmbeds {
		bad("%d embeds > %d", len(d.Embeds), LimitEmbeds)
	}
	total := 0
	for i, e := range d.Embeds {
		total += embedLen(e)
		if Len(e.Title) > LimitEmbedTitle {
			bad("embed %d title %d > %d", i, Len(e.Title), LimitEmbedTitle)
		}
		if Len(e.Description) > LimitEmbedDesc {
			bad("embed %d description %d > %d", i, Len(e.Description), LimitEmbedDesc)
		}
		if len(e.Fields) > LimitEmbedFields {
			bad("embed %d has %d fields > %d", i, len(e.Fields), LimitEmbedFields)
		}
		for j, f := range e.Fields {
			if Len(f.Name) > LimitFieldName || Len(f.Name) == 0 {
				bad("embed %d field %d name length %d", i, j, Len(f.Name))
			}
			if Len(f.Value) > LimitFieldValue || Len(f.Value) == 0 {
				bad("embed %d field %d value length %d", i, j, Len(f.Value))
			}
		}
		if e.Footer != nil && Len(e.Footer.Text) > LimitFooter {
			bad("embed %d footer %d > %d", i, Len(e.Footer.Text), LimitFooter)
		}
	}
	if total > LimitEmbedTotal {
		bad("embeds total %d > %d", total, LimitEmbedTotal)
	}
	for _, c := range d.Components {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			continue
		}
		for _, b := range row.Components {
			if btn, ok := b.(discordgo.Button); ok && (len(btn.CustomID) > LimitCustomID || Len(btn.Label) > LimitButtonLabel) {
				bad("button %q custom_id %d or label too long", btn.Label, len(btn.CustomID))
			}
		}
	}
	return errors.Join(errs...)
}

// WebhookEdit converts a rendered response into the edit that completes a
// deferred interaction (PATCH .../messages/@original), keeping the
// allowed_mentions guard.
func WebhookEdit(resp *discordgo.InteractionResponse) *discordgo.WebhookEdit {
	d := resp.Data
	if d == nil {
		d = &discordgo.InteractionResponseData{}
	}
	content := d.Content
	embeds := d.Embeds
	if embeds == nil {
		embeds = []*discordgo.MessageEmbed{}
	}
	components := d.Components
	if components == nil {
		components = []discordgo.MessageComponent{}
	}
	am := d.AllowedMentions
	if am == nil {
		am = noMentions()
	}
	return &discordgo.WebhookEdit{Content: &content, Embeds: &embeds, Components: &components, AllowedMentions: am}
}
