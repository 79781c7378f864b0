package bottest

import (
	"fmt"
	"regexp"
	"strings"

	"planbot/corpus"
)

// HostileTexts are values a document (title, outlet, plan, speaker, role,
// body) or a member (a query) could carry to forge a link, a mention or
// formatting in the bot's answers.
var HostileTexts = []string{
	"[Login](https://evil.example/login)",
	"Peace <@&123456789012345678> plan",
	"@everyone read this",
	"@here now",
	"<#112233445566778899> and <t:1700000000:R>",
	"[click](<https://evil.example/x>)",
	`\[Escaped](https://evil.example/esc)`,
	"**bold** __under__ ||spoiler|| `code` ~~gone~~",
	"# Heading\n> quoted\n-# small\n[Line](https://evil.example/line)",
	"Wire (Geneva) ] ( [ odd brackets",
}

// HostileURLs are source URLs that must never make a link other than one
// to the source itself, percent-encoded where it would break the link.
var HostileURLs = []string{
	"https://evil.example/a)[Login](https://evil.example/login",
	"javascript:alert(document.cookie)",
	"https://example.org/report (draft)/ok",
	"https://example.org@evil.example/user-info",
	"data:text/html,<script>alert(1)</script>",
	"https://evil.example/<@&1>",
	"HTTP://Example.org/Upper_(1)",
	"https://example.org/%28already%29",
	"//evil.example/no-scheme",
	"https://[::1]:8080/ipv6",
}

// HostileWord is in the text of every hostile record, so a query for it
// finds them all.
const HostileWord = "ballot"

// HostileSources are sources whose title, outlet, plan and URL are hostile.
func HostileSources() []corpus.Source {
	n := len(HostileTexts)
	out := make([]corpus.Source, n)
	for i := range out {
		out[i] = corpus.Source{
			ID:        fmt.Sprintf("src-hostile-%d", i),
			Title:     HostileTexts[i],
			Outlet:    HostileTexts[(i+1)%n],
			URL:       HostileURLs[i%len(HostileURLs)],
			Published: fmt.Sprintf("2025-11-%02d", 10+i),
			Lang:      "en",
			Plan:      HostileTexts[(i+2)%n],
			Added:     fmt.Sprintf("2025-11-%02dT10:00:00Z", 10+i),
		}
	}
	return out
}

// HostileDocuments are the hostile sources as documents: a provision of the
// source's (hostile) plan, a statement by a hostile speaker and a passage,
// each with hostile text.
func HostileDocuments() []*corpus.Document {
	n := len(HostileTexts)
	var out []*corpus.Document
	for i, s := range HostileSources() {
		out = append(out, &corpus.Document{
			Source: s,
			Provisions: []corpus.Provision{{
				ID: s.ID + "-p", SourceID: s.ID, Plan: s.Plan, Number: i + 1,
				Text: "The " + HostileWord + " point: " + HostileTexts[(i+3)%n], Topics: []string{"elections-governance"},
			}},
			Statements: []corpus.Statement{{
				ID: s.ID + "-s", SourceID: s.ID, Speaker: HostileTexts[(i+4)%n], Role: HostileTexts[(i+5)%n],
				Text: "On the " + HostileWord + ": " + HostileTexts[(i+6)%n], Date: s.Published, Direct: i%2 == 0,
			}},
			Passages: []corpus.Passage{{
				ID: s.ID + "-g", SourceID: s.ID, Lang: "en",
				Text: "Background to the " + HostileWord + " " + HostileTexts[(i+7)%n],
			}},
		})
	}
	return out
}

// Hostile returns a Searcher and a Library over the hostile documents.
func Hostile() (*Searcher, Library) {
	var hits []corpus.Hit
	for _, d := range HostileDocuments() {
		ref := corpus.SourceRef{ID: d.Source.ID, Title: d.Source.Title, Outlet: d.Source.Outlet, URL: d.Source.URL, Published: d.Source.Published}
		for _, p := range d.Provisions {
			hits = append(hits, corpus.Hit{ID: p.ID, Kind: corpus.KindProvision, Text: p.Text, Plan: p.Plan, Number: p.Number, Topics: p.Topics, Source: ref})
		}
		for _, s := range d.Statements {
			hits = append(hits, corpus.Hit{ID: s.ID, Kind: corpus.KindStatement, Text: s.Text, Speaker: s.Speaker, Role: s.Role, Date: s.Date, Topics: []string{}, Source: ref})
		}
		for _, g := range d.Passages {
			hits = append(hits, corpus.Hit{ID: g.ID, Kind: corpus.KindPassage, Text: g.Text, Topics: []string{}, Source: ref})
		}
	}
	return &Searcher{Hits: hits}, Library(HostileSources())
}

var (
	escapedPair = regexp.MustCompile(`(?s)\\.`)
	maskedLink  = regexp.MustCompile(`\[([^\]]*)\]\(\s*<?([^)\s>]*)`)
	pill        = regexp.MustCompile(`<(@|#|t:|a?:|/|https?:)`)
	massMention = regexp.MustCompile(`@(everyone|here)`)
)

// Unsafe lists what in s, a piece of Discord Markdown, would render as
// something other than text: a masked link whose target ok refuses, a
// mention or channel/role/time pill, an @everyone or @here, a heading,
// quote or subtext line. Escaped characters (a backslash before them) are
// text, as Discord shows them.
func Unsafe(s string, ok func(target string) bool) []string {
	plain := escapedPair.ReplaceAllString(s, "_")
	var bad []string
	for _, m := range maskedLink.FindAllStringSubmatch(plain, -1) {
		if !ok(m[2]) {
			bad = append(bad, fmt.Sprintf("masked link %q", m[0]))
		}
	}
	for _, m := range pill.FindAllString(plain, -1) {
		bad = append(bad, fmt.Sprintf("pill %q", m))
	}
	for _, m := range massMention.FindAllString(plain, -1) {
		bad = append(bad, fmt.Sprintf("mention %q", m))
	}
	for _, l := range strings.Split(plain, "\n") {
		if t := strings.TrimLeft(l, " "); strings.HasPrefix(t, "#") || strings.HasPrefix(t, ">") || strings.HasPrefix(t, "-#") {
			bad = append(bad, fmt.Sprintf("block formatting %q", l))
		}
	}
	return bad
}
