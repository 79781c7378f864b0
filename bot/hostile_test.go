package bot

import (
	"context"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"planbot/bot/internal/bottest"
)

// hostileLinks are the only link targets an answer over the hostile
// fixtures may hold: the sources' own URLs as LinkURL makes them.
func hostileLinks(t *testing.T) map[string]bool {
	t.Helper()
	ok := map[string]bool{}
	for _, u := range bottest.HostileURLs {
		if l := LinkURL(u); l != "" {
			ok[l] = true
		}
	}
	return ok
}

// responseTexts lists every Markdown string of a response with where it is.
func responseTexts(resp *discordgo.InteractionResponse) map[string]string {
	out := map[string]string{}
	d := resp.Data
	if d == nil {
		return out
	}
	out["content"] = d.Content
	for _, e := range d.Embeds {
		out["title"] += e.Title + "\n"
		out["description"] += e.Description + "\n"
		for _, f := range e.Fields {
			out["field name"] += f.Name + "\n"
			out["field value"] += f.Value + "\n"
		}
		if e.Footer != nil {
			out["footer"] += e.Footer.Text
		}
	}
	return out
}

// checkSafe fails when resp shows a link other than a source's own, a pill,
// a mention or block formatting, or a choice name on several lines.
func checkSafe(t *testing.T, what string, resp *discordgo.InteractionResponse, links map[string]bool) {
	t.Helper()
	if err := CheckLimits(resp); err != nil {
		t.Errorf("%s: %v", what, err)
	}
	for where, s := range responseTexts(resp) {
		for _, bad := range bottest.Unsafe(s, func(target string) bool { return links[target] }) {
			t.Errorf("%s: %s in %s:\n%s", what, bad, where, s)
		}
		if strings.Contains(s, "](") && !strings.Contains(s, "[link](") {
			t.Errorf("%s: a link that is not ours in %s:\n%s", what, where, s)
		}
	}
	if resp.Data != nil {
		for _, c := range resp.Data.Choices {
			if strings.ContainsAny(c.Name, "\n\r\t") {
				t.Errorf("%s: choice name %q spans lines", what, c.Name)
			}
		}
	}
}

// Titles, outlets, plans, speakers, texts and URLs built to forge links,
// pills and mentions, through every command: none gets through.
func TestHostileDocumentsEveryCommand(t *testing.T) {
	s, lib := bottest.Hostile()
	r := New(Config{Searcher: s, Library: lib, PageSize: 3})
	links := hostileLinks(t)
	if len(links) == 0 {
		t.Fatal("no fixture URL is linkable: the test would not see our links")
	}
	ctx := context.Background()
	cmd := func(name string, opts map[string]string) Request {
		return Request{Kind: KindCommand, Name: name, Options: opts, GuildID: "1", Permissions: PermManageServer}
	}
	reqs := map[string]Request{
		"provision":          cmd("provision", map[string]string{"topic": bottest.HostileWord}),
		"provision passages": cmd("provision", map[string]string{"topic": "background"}),
		"statement passages": cmd("statement", map[string]string{"who": "Nobody Known", "about": bottest.HostileWord}),
		"compare":            cmd("compare", map[string]string{"topic": bottest.HostileWord}),
		"sources":            cmd("sources", nil),
		"help":               cmd("help", nil),
	}
	for _, k := range []string{"", "all", "provision", "statement", "passage"} {
		reqs["search kind "+k] = cmd("search", map[string]string{"query": bottest.HostileWord, "kind": k})
	}
	for i, h := range bottest.HostileTexts {
		reqs["statement by hostile "+h] = cmd("statement", map[string]string{"who": h})
		reqs["provision in hostile plan "+h] = cmd("provision", map[string]string{"topic": bottest.HostileWord, "plan": h})
		reqs["search for hostile "+h] = cmd("search", map[string]string{"query": h})
		reqs["search for hostile with word "+h] = cmd("search", map[string]string{"query": h + " " + bottest.HostileWord})
		_ = i
	}
	for _, f := range []struct{ name, opt string }{{"provision", "topic"}, {"provision", "plan"}, {"statement", "who"}, {"search", "query"}, {"compare", "topic"}} {
		reqs["autocomplete "+f.name+" "+f.opt] = Request{Kind: KindAutocomplete, Name: f.name, Focused: f.opt, Options: map[string]string{f.opt: ""}}
	}
	answered := 0
	for what, req := range reqs {
		resp := r.Respond(ctx, req)
		checkSafe(t, what, resp, links)
		if resp.Data != nil && len(resp.Data.Embeds) > 0 {
			answered++
		}
		// Every page behind the first too.
		for page := 0; page < 5 && resp.Data != nil; page++ {
			next := ""
			for _, c := range resp.Data.Components {
				for _, b := range c.(discordgo.ActionsRow).Components {
					if btn := b.(discordgo.Button); btn.Label == LabelNext && !btn.Disabled {
						next = btn.CustomID
					}
				}
			}
			if next == "" {
				break
			}
			resp = r.Respond(ctx, Request{Kind: KindComponent, CustomID: next})
			checkSafe(t, what+" "+next, resp, links)
		}
	}
	if answered < len(reqs)/2 {
		t.Errorf("only %d of %d requests answered with hits: the fixtures do not reach the renderer", answered, len(reqs))
	}
}

func TestLinkURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"https://example.org/a", "https://example.org/a"},
		{"https://evil.example/a)[Login](https://evil.example/login", "https://evil.example/a%29%5BLogin%5D%28https://evil.example/login"},
		{"https://example.org/report (draft)/ok", "https://example.org/report%20%28draft%29/ok"},
		{"HTTP://Example.org/Upper_(1)", "http://example.org/Upper_%281%29"},
		{"https://example.org/%28already%29", "https://example.org/%28already%29"},
		{"https://example.org/é?q=<b>", "https://example.org/%C3%A9?q=%3Cb%3E"},
		{"javascript:alert(1)", ""},
		{"JavaScript://example.org/%0aalert(1)", ""},
		{"data:text/html,x", ""},
		{"ftp://example.org/x", ""},
		{"https://example.org@evil.example/", ""},
		{"//evil.example/x", ""},
		{"https:///x", ""},
		{"https://[::1]/x", ""},
		{"https://exa mple.org/", ""},
		{"", ""},
		{"https://example.org/" + strings.Repeat("a", 600), ""},
	}
	for _, tt := range tests {
		got := LinkURL(tt.in)
		if got != tt.want {
			t.Errorf("LinkURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if again := LinkURL(got); got != "" && again != got {
			t.Errorf("LinkURL not idempotent: %q -> %q", got, again)
		}
	}
}

func TestEscape(t *testing.T) {
	tests := []struct {
		name, in, markdown, snippet string
	}{
		{"plain", "Geneva talks", "Geneva talks", "Geneva talks"},
		{"masked link", "[Login](https://evil.example/login)", `\[Login\]\(https://evil.example/login\)`, `\[Login\]\(https://evil.example/login\)`},
		{"role pill", "<@&123>", `\<\@&123\>`, `\<\@&123\>`},
		{"everyone", "@everyone", `\@everyone`, `\@everyone`},
		{"bold kept in snippets only", "the **NATO** clause", `the \*\*NATO\*\* clause`, "the **NATO** clause"},
		{"unpaired marker escaped", "a **b** c**", `a \*\*b\*\* c\*\*`, `a **b** c\*\*`},
		{"already escaped once", `NATO\_clause \*x\*`, `NATO\\\_clause \\\*x\\\*`, `NATO\_clause \*x\*`},
		{"lone backslash", `C:\path`, `C:\\path`, `C:\\path`},
		{"escaped bracket then link", `\[x](https://evil.example)`, `\\\[x\]\(https://evil.example\)`, `\[x\]\(https://evil.example\)`},
		{"lines joined", "a\n# b\n> c", `a \# b \> c`, `a \# b \> c`},
		{"subtext", "-# small", `\-\# small`, `\-\# small`},
		{"spoiler and code", "||x|| `y` ~z~ _w_", "\\|\\|x\\|\\| \\`y\\` \\~z\\~ \\_w\\_", "\\|\\|x\\|\\| \\`y\\` \\~z\\~ \\_w\\_"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := EscapeMarkdown(tt.in); got != tt.markdown {
				t.Errorf("EscapeMarkdown(%q) = %q, want %q", tt.in, got, tt.markdown)
			}
			got := EscapeSnippet(tt.in)
			if got != tt.snippet {
				t.Errorf("EscapeSnippet(%q) = %q, want %q", tt.in, got, tt.snippet)
			}
			if again := EscapeSnippet(got); again != got {
				t.Errorf("EscapeSnippet not idempotent: %q -> %q", got, again)
			}
			for _, out := range []string{EscapeMarkdown(tt.in), got} {
				if bad := bottest.Unsafe(out, func(string) bool { return false }); len(bad) > 0 {
					t.Errorf("%q: %v", out, bad)
				}
			}
		})
	}
}
