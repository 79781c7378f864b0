package bot

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"
	"go.uber.org/zap/zaptest/observer"

	"planbot/corpus"
)

func ask(t *testing.T, r *Router, line string) *discordgo.InteractionResponse {
	t.Helper()
	req, err := ParseLine(line, r.Definitions())
	if err != nil {
		t.Fatalf("ParseLine(%q): %v", line, err)
	}
	resp := r.Respond(context.Background(), req)
	if err := CheckLimits(resp); err != nil {
		t.Fatalf("%q: response breaks a limit: %v", line, err)
	}
	return resp
}

func TestCommandResponses(t *testing.T) {
	r, _ := newTestRouter(t)
	tests := []struct {
		name, line string
		ephemeral  bool
	}{
		{"provision_nato", "/provision nato", false},
		{"provision_nato_plan", "/provision topic:nato plan:European counter-proposal", false},
		{"provision_prisoners", "/provision topic:prisoners", false},
		{"provision_nothing", "/provision topic:natto", true},
		{"statement_rubio", "/statement who:rubio", false},
		{"statement_rubio_about", "/statement who:Marco Rubio about:nato", false},
		{"statement_unknown", "/statement who:Nobody Known", true},
		{"search_prisoners", "/search query:prisoners", false},
		{"search_statement", "/search query:geneva kind:statement", false},
		{"search_mentions", "/search query:@everyone <@&123> nato", false},
		{"search_nothing", "/search query:zzyzx", true},
		{"compare_nato", "/compare topic:nato", false},
		{"compare_army", "/compare army", false},
		{"sources", "/sources", false},
		{"help", "/help", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := ask(t, r, tt.line)
			if got := resp.Data.Flags&discordgo.MessageFlagsEphemeral != 0; got != tt.ephemeral {
				t.Errorf("ephemeral = %v, want %v", got, tt.ephemeral)
			}
			if resp.Type != discordgo.InteractionResponseChannelMessageWithSource {
				t.Errorf("type = %v", resp.Type)
			}
			golden(t, "cmd_"+tt.name, resp)
		})
	}
}

func TestNothingFoundSuggestsACloseTopic(t *testing.T) {
	r, _ := newTestRouter(t)
	resp := ask(t, r, "/provision natto")
	if !strings.Contains(resp.Data.Content, "**NATO and alliances**") {
		t.Fatalf("content = %q, want a suggestion of nato, in words", resp.Data.Content)
	}
	resp = ask(t, r, "/statement who:Volodimir")
	if !strings.Contains(resp.Data.Content, "Volodymyr Zelensky") {
		t.Fatalf("content = %q, want a suggestion of Volodymyr Zelensky", resp.Data.Content)
	}
}

func TestStatementsNewestFirst(t *testing.T) {
	r, _ := newTestRouter(t)
	resp := ask(t, r, "/statement who:rubio")
	f := resp.Data.Embeds[0].Fields
	if len(f) != 2 || !strings.Contains(f[0].Value, "2025-11-23") || !strings.Contains(f[1].Value, "2025-11-21") {
		t.Fatalf("fields = %+v", f)
	}
}

func TestAutocomplete(t *testing.T) {
	r, _ := newTestRouter(t)
	tests := []struct {
		name, command, focused, typed string
		want                          []string
	}{
		{"topic", "provision", "topic", "na", []string{"nato"}},
		{"plan", "provision", "plan", "", []string{"European counter-proposal", "Geneva framework", "US 28-point draft"}},
		{"speaker", "statement", "who", "m", []string{"Mara Lindqvist", "Marco Rubio"}},
		{"search", "search", "query", "pri", []string{"prisoners", "prisoners-humanitarian"}},
		{"compare", "compare", "topic", "ar", []string{"army size"}},
		{"none", "statement", "who", "zz", nil},
		{"topic_by_label_word", "provision", "topic", "humanit", []string{"prisoners-humanitarian"}},
		{"topic_by_label_words", "search", "query", "Prisoners and hum", []string{"prisoners-humanitarian"}},
		{"speaker_typo", "statement", "who", "Marco Rubbio", []string{"Marco Rubio"}},
		{"no_typo_match_for_far_words", "statement", "who", "Zzyzx Road", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := Request{Kind: KindAutocomplete, Name: tt.command, Focused: tt.focused, Options: map[string]string{tt.focused: tt.typed}}
			resp := r.Respond(context.Background(), req)
			if resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult {
				t.Fatalf("type = %v", resp.Type)
			}
			if err := CheckLimits(resp); err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range resp.Data.Choices {
				if c.Name != c.Value && c.Name != r.topicLabel(c.Value.(string)) {
					t.Errorf("choice name %q does not show value %v", c.Name, c.Value)
				}
				got = append(got, c.Value.(string))
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Fatalf("choices = %q, want %q", got, tt.want)
			}
		})
	}
	golden(t, "autocomplete_topic", r.Respond(context.Background(), Request{Kind: KindAutocomplete, Name: "provision", Focused: "topic", Options: map[string]string{"topic": ""}}))
}

// press simulates clicking a button of resp.
func press(t *testing.T, r *Router, resp *discordgo.InteractionResponse, label string) *discordgo.InteractionResponse {
	t.Helper()
	for _, c := range resp.Data.Components {
		for _, b := range c.(discordgo.ActionsRow).Components {
			btn := b.(discordgo.Button)
			if btn.Label == label {
				if btn.Disabled {
					t.Fatalf("button %q is disabled", label)
				}
				out := r.Respond(context.Background(), Request{Kind: KindComponent, CustomID: btn.CustomID})
				if err := CheckLimits(out); err != nil {
					t.Fatal(err)
				}
				return out
			}
		}
	}
	t.Fatalf("no %q button", label)
	return nil
}

func buttons(resp *discordgo.InteractionResponse) map[string]bool {
	out := map[string]bool{}
	for _, c := range resp.Data.Components {
		for _, b := range c.(discordgo.ActionsRow).Components {
			btn := b.(discordgo.Button)
			out[btn.Label] = !btn.Disabled
		}
	}
	return out
}

func TestPaging(t *testing.T) {
	r, _ := newTestRouter(t) // 2 per page
	first := ask(t, r, "/search query:nato")
	if b := buttons(first); b[LabelPrev] || !b[LabelNext] {
		t.Fatalf("first page buttons = %v", b)
	}
	if got := first.Data.Embeds[0].Footer.Text; got != "Results 1–2 of 5" {
		t.Fatalf("footer = %q", got)
	}
	second := press(t, r, first, LabelNext)
	if second.Type != discordgo.InteractionResponseUpdateMessage {
		t.Fatalf("type = %v, want an update of the message", second.Type)
	}
	if got := second.Data.Embeds[0].Footer.Text; got != "Results 3–4 of 5" {
		t.Fatalf("footer = %q", got)
	}
	third := press(t, r, second, LabelNext)
	if b := buttons(third); !b[LabelPrev] || b[LabelNext] {
		t.Fatalf("last page buttons = %v", b)
	}
	back := press(t, r, third, LabelPrev)
	if back.Data.Embeds[0].Footer.Text != second.Data.Embeds[0].Footer.Text {
		t.Fatalf("previous page differs: %q", back.Data.Embeds[0].Footer.Text)
	}
	golden(t, "page_search_nato_2", second)

	for _, line := range []string{"/provision nato", "/statement who:Marco Rubio", "/sources"} {
		resp := ask(t, r, line)
		if !buttons(resp)[LabelNext] {
			continue
		}
		next := press(t, r, resp, LabelNext)
		if len(next.Data.Embeds) == 0 || len(next.Data.Embeds[0].Fields) == 0 {
			t.Errorf("%s page 2 is empty: %+v", line, next.Data)
		}
	}
}

func TestPageIDRoundTrip(t *testing.T) {
	id := PageID("search", 3, "statement", "a|b%c/d")
	if id != "search/page/3/statement|a%7Cb%25c/d" {
		t.Fatalf("id = %q", id)
	}
	cmd, page, st, err := ParsePageID(id, 2)
	if err != nil || cmd != "search" || page != 3 || st[0] != "statement" || st[1] != "a|b%c/d" {
		t.Fatalf("parsed %q %d %q %v", cmd, page, st, err)
	}
	if long := PageID("search", 2, "all", strings.Repeat("x", 90)); long != "" {
		t.Fatalf("over-long ID %q not refused", long)
	}
	for _, bad := range []string{"search", "search/page/x/", "search/page/0/", "search/other/2/"} {
		if _, _, _, err := ParsePageID(bad, 2); err == nil {
			t.Errorf("ParsePageID(%q) accepted", bad)
		}
	}
}

func TestErrorsShownToUsers(t *testing.T) {
	core, logs := observer.New(zap.DebugLevel)
	s, lib := loadFixture(t)
	r := New(Config{Searcher: s, Library: lib, Logger: zap.New(core)})

	s.Err = errors.New("index: disk on fire")
	resp := r.Respond(context.Background(), Request{Kind: KindCommand, Name: "search", Options: map[string]string{"query": "nato"}})
	if resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 || strings.Contains(resp.Data.Content, "disk") || !strings.Contains(resp.Data.Content, "went wrong") {
		t.Fatalf("internal error shown as %q", resp.Data.Content)
	}
	if logs.FilterMessage("command failed").Len() != 1 {
		t.Fatalf("logs = %v", logs.All())
	}
	if ac := r.Respond(context.Background(), Request{Kind: KindAutocomplete, Name: "search", Focused: "query", Options: map[string]string{"query": "n"}}); len(ac.Data.Choices) != 0 || ac.Data.Choices == nil {
		t.Fatalf("failed autocomplete = %+v, want an empty choice list", ac.Data)
	}

	s.Err = nil
	resp = r.Respond(context.Background(), Request{Kind: KindCommand, Name: "search", Options: map[string]string{"query": "  "}})
	if !strings.Contains(resp.Data.Content, "Tell me what to look for") || resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Fatalf("user error shown as %q", resp.Data.Content)
	}
	resp = r.Respond(context.Background(), Request{Kind: KindCommand, Name: "nope"})
	if !strings.Contains(resp.Data.Content, "Unknown command") {
		t.Fatalf("unknown command shown as %q", resp.Data.Content)
	}
}

// echoCmd is an extra command as another package would add one.
type echoCmd struct{}

func (echoCmd) Definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{Name: "digest", Description: "Digest things", Options: []*discordgo.ApplicationCommandOption{
		{Type: discordgo.ApplicationCommandOptionSubCommand, Name: "post", Description: "Post one", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionChannel, Name: "channel", Description: "Where", Required: true},
		}},
	}}
}

func (echoCmd) Handle(ctx context.Context, req Request) (Reply, error) {
	if err := RequireModerator(req); err != nil {
		return Reply{}, err
	}
	return Reply{Text: "posting to " + req.Options["channel"] + " via " + req.Sub}, nil
}

func TestExtraCommands(t *testing.T) {
	r, _ := newTestRouter(t, echoCmd{})
	if n := len(r.Definitions()); n != 7 {
		t.Fatalf("%d definitions", n)
	}
	req, err := ParseLine("/digest post channel:1100000000000000300", r.Definitions())
	if err != nil {
		t.Fatal(err)
	}
	if resp := r.Respond(context.Background(), req); !strings.Contains(resp.Data.Content, "only be used in a server") {
		t.Fatalf("moderator check: %q", resp.Data.Content)
	}
	req.GuildID, req.Permissions = "1100000000000000100", PermManageServer
	if resp := r.Respond(context.Background(), req); resp.Data.Content != "posting to 1100000000000000300 via post" {
		t.Fatalf("content = %q", resp.Data.Content)
	}
	help := ask(t, r, "/help")
	if !strings.Contains(help.Data.Embeds[0].Fields[6].Name, "/digest post") {
		t.Fatalf("help does not list /digest: %+v", help.Data.Embeds[0].Fields[6])
	}
}

func TestParseLine(t *testing.T) {
	r, _ := newTestRouter(t, echoCmd{})
	defs := r.Definitions()
	tests := []struct {
		line    string
		name    string
		sub     string
		options map[string]string
		err     string
	}{
		{line: "/provision nato", name: "provision", options: map[string]string{"topic": "nato"}},
		{line: "provision security guarantees", name: "provision", options: map[string]string{"topic": "security guarantees"}},
		{line: "/provision topic:army size plan:US 28-point draft", name: "provision", options: map[string]string{"topic": "army size", "plan": "US 28-point draft"}},
		{line: "/search query:prisoners kind:statement", name: "search", options: map[string]string{"query": "prisoners", "kind": "statement"}},
		{line: "/search query:time: 5pm kind:Statements", name: "search", options: map[string]string{"query": "time: 5pm", "kind": "statement"}},
		{line: "/search query:nato kind:everything", err: "kind: must be one of"},
		{line: "/search kind:all", err: "needs query:"},
		{line: "/sources", name: "sources", options: map[string]string{}},
		{line: "/sources now", err: "takes no options"},
		{line: "/digest post channel:123", name: "digest", sub: "post", options: map[string]string{"channel": "123"}},
		{line: "/digest send", err: "needs one of: post"},
		{line: "/nope", err: "Unknown command /nope"},
		{line: "  ", err: "Type a command"},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			req, err := ParseLine(tt.line, defs)
			if tt.err != "" {
				var ue UserError
				if err == nil || !strings.Contains(err.Error(), tt.err) || !errors.As(err, &ue) {
					t.Fatalf("err = %v, want UserError containing %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if req.Kind != KindCommand || req.Name != tt.name || req.Sub != tt.sub || len(req.Options) != len(tt.options) {
				t.Fatalf("req = %+v", req)
			}
			for k, v := range tt.options {
				if req.Options[k] != v {
					t.Errorf("option %s = %q, want %q", k, req.Options[k], v)
				}
			}
		})
	}
}

func TestQueriesSentToSearcher(t *testing.T) {
	r, s := newTestRouter(t)
	ask(t, r, "/search query:nato kind:provision")
	if got := s.Queries()[0]; got.Kind != corpus.KindProvision || got.Text != "nato" || got.Limit != 2 {
		t.Fatalf("query = %+v", got)
	}
}

func TestObserve(t *testing.T) {
	s, lib := loadFixture(t)
	var got []Observation
	r := New(Config{Searcher: s, Library: lib, Observe: func(o Observation) { got = append(got, o) }})
	for _, line := range []string{"/search nato", "/search zzyzx", "/help"} {
		ask(t, r, line)
	}
	r.Respond(context.Background(), Request{Kind: KindCommand, Name: "search", Options: map[string]string{"query": " "}})
	s.Err = errors.New("boom")
	r.Respond(context.Background(), Request{Kind: KindCommand, Name: "search", Options: map[string]string{"query": "nato"}})
	want := []string{OutcomeOK, OutcomeEmpty, OutcomeOK, OutcomeUserError, OutcomeError}
	if len(got) != len(want) {
		t.Fatalf("%d observations", len(got))
	}
	for i, o := range got {
		if o.Outcome != want[i] {
			t.Errorf("observation %d (%s) outcome %q, want %q", i, o.Request.Name, o.Outcome, want[i])
		}
	}
	if got[0].Hits != 5 || got[0].Request.Options["query"] != "nato" {
		t.Errorf("first observation %+v", got[0])
	}
}

type panicCmd struct{ echoCmd }

func (panicCmd) Handle(context.Context, Request) (Reply, error) { panic("bug") }

func TestPanickingCommandIsAnError(t *testing.T) {
	r, _ := newTestRouter(t, panicCmd{})
	resp := r.Respond(context.Background(), Request{Kind: KindCommand, Name: "digest"})
	if !strings.Contains(resp.Data.Content, "went wrong") {
		t.Fatalf("answered %q", resp.Data.Content)
	}
}

func TestTopicIDsFilter(t *testing.T) {
	r, s := newTestRouter(t)
	ac := r.Respond(context.Background(), Request{Kind: KindAutocomplete, Name: "provision", Focused: "topic", Options: map[string]string{"topic": "prisoners-"}})
	if c := ac.Data.Choices; len(c) != 1 || c[0].Name != "prisoners and humanitarian issues" || c[0].Value != "prisoners-humanitarian" {
		t.Fatalf("choices %+v", c[0])
	}
	resp := ask(t, r, "/provision topic:prisoners-humanitarian")
	if len(resp.Data.Embeds) == 0 || !strings.Contains(resp.Data.Embeds[0].Fields[0].Value, "all-for-all") {
		t.Fatalf("answer %+v", resp.Data)
	}
	var filtered bool
	for _, q := range s.Queries() {
		filtered = filtered || q.Topic == "prisoners-humanitarian"
	}
	if !filtered {
		t.Fatalf("no query filtered on the topic: %+v", s.Queries())
	}
}

// A topic is shown in words, never as its ID, and the words typed back
// (as a member copies a suggestion) find the topic's records.
func TestTopicLabels(t *testing.T) {
	r, s := newTestRouter(t)
	for _, line := range []string{"/provision topic:prisoners-humanitarian", "/provision topic:Prisoners and humanitarian issues"} {
		resp := ask(t, r, line)
		e := resp.Data.Embeds[0]
		if strings.Contains(e.Title, "prisoners-humanitarian") || !strings.Contains(e.Title, "humanitarian") {
			t.Errorf("%s: title %q", line, e.Title)
		}
		if !strings.Contains(e.Fields[0].Value, "all-for-all") {
			t.Errorf("%s: first hit %q", line, e.Fields[0].Value)
		}
	}
	last := s.Queries()[len(s.Queries())-1]
	if last.Topic != "prisoners-humanitarian" && s.Queries()[len(s.Queries())-2].Topic != "prisoners-humanitarian" {
		t.Errorf("the label did not filter on the topic: %+v", s.Queries())
	}
	resp := ask(t, r, "/provision topic:humanitarain")
	if c := resp.Data.Content; strings.Contains(c, "prisoners-humanitarian") {
		t.Errorf("suggestion shows an ID: %q", c)
	}
}

// Passages answer /search kind:passages, and /provision and /statement
// when no provision or statement matches: labelled as what the reports
// say, still cited.
func TestPassages(t *testing.T) {
	r, s := newTestRouter(t)
	tests := []struct {
		name, line string
		title      string // "" for a nothing-found answer
		first      string // in the first entry's value
	}{
		{"search_passages", "/search query:lakeside kind:passages", "Passages of the reports matching “lakeside”", "lakeside"},
		{"search_passages_plural_name", "/search query:geneva kind:passage", "Passages of the reports matching “geneva”", "Geneva"},
		{"search_all_includes_passages", "/search query:lakeside", "Results for “lakeside”", "lakeside"},
		{"search_statements_only", "/search query:lakeside kind:statements", "", ""},
		{"provision_from_reports", "/provision topic:monitoring", HeadingFromReports + ": “monitoring”", "international mission"},
		{"statement_unknown_from_reports", "/statement who:Brenner", HeadingFromReports + ": “Brenner”", "Harald **Brenner**"},
		{"statement_none_about_from_reports", "/statement who:Marco Rubio about:lakeside", HeadingFromReports + ": “Marco Rubio lakeside”", "lakeside"},
		{"provision_nothing_anywhere", "/provision topic:zzyzx", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp := ask(t, r, tt.line)
			if tt.title == "" {
				if len(resp.Data.Embeds) != 0 || resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
					t.Fatalf("want a private nothing-found answer, got %+v", resp.Data)
				}
				return
			}
			if len(resp.Data.Embeds) == 0 {
				t.Fatalf("no answer: %q", resp.Data.Content)
			}
			e := resp.Data.Embeds[0]
			if e.Title != tt.title {
				t.Errorf("title %q, want %q", e.Title, tt.title)
			}
			f := e.Fields[0]
			if !strings.Contains(f.Value, tt.first) {
				t.Errorf("first entry %q, want %q in it", f.Value, tt.first)
			}
			for _, f := range e.Fields {
				if strings.Contains(f.Value, "lakeside") && (f.Name != LabelPassage || !strings.Contains(f.Value, "Harbour Gazette") || !strings.Contains(f.Value, "[link](https://example.org/geneva-framework)")) {
					t.Errorf("passage entry not labelled or not cited: %+v", f)
				}
			}
			if strings.HasPrefix(tt.title, HeadingFromReports) && !strings.Contains(e.Description, "what the reports say") {
				t.Errorf("fallback not labelled as the reports' words: %q", e.Description)
			}
		})
	}
	for _, q := range s.Queries() {
		if q.Kind != "" && q.Kind != corpus.KindProvision && q.Kind != corpus.KindStatement && q.Kind != corpus.KindPassage {
			t.Errorf("query with kind %q", q.Kind)
		}
	}
	golden(t, "cmd_provision_from_reports", ask(t, r, "/provision topic:monitoring"))
}

// A page of passages carries the kind in its one, singular spelling.
func TestPassagePaging(t *testing.T) {
	r, _ := newTestRouter(t) // 2 per page
	first := ask(t, r, "/search query:a kind:passages")
	var next string
	for _, b := range first.Data.Components[0].(discordgo.ActionsRow).Components {
		if btn := b.(discordgo.Button); btn.Label == LabelNext {
			next = btn.CustomID
		}
	}
	if !strings.HasPrefix(next, "search/page/2/passage|") {
		t.Fatalf("next page ID %q", next)
	}
	second := press(t, r, first, LabelNext)
	if !strings.HasPrefix(second.Data.Embeds[0].Title, "Passages") || len(second.Data.Embeds[0].Fields) == 0 {
		t.Fatalf("second page %+v", second.Data.Embeds[0])
	}
}

// Every /help example runs here on the fixtures without a usage error (the
// seed test in cmd/planbot checks each answers); moderators also see
// their commands, members do not.
func TestHelpExamples(t *testing.T) {
	r, _ := newTestRouter(t, modCmd{})
	for _, ex := range HelpExamples {
		if _, err := ParseLine(ex, r.Definitions()); err != nil {
			t.Errorf("%s: %v", ex, err)
		}
	}
	member := r.Respond(context.Background(), Request{Kind: KindCommand, Name: "help", GuildID: "1"})
	mod := r.Respond(context.Background(), Request{Kind: KindCommand, Name: "help", GuildID: "1", Permissions: PermManageServer})
	admin := r.Respond(context.Background(), Request{Kind: KindCommand, Name: "help", GuildID: "1", Permissions: discordgo.PermissionAdministrator})
	has := func(resp *discordgo.InteractionResponse, name string) bool {
		for _, f := range resp.Data.Embeds[0].Fields {
			if strings.HasPrefix(f.Name, name) {
				return true
			}
		}
		return false
	}
	if has(member, "/modtest") || !has(member, "/search") {
		t.Errorf("member help: %+v", member.Data.Embeds[0].Fields)
	}
	if !has(mod, "/modtest") || !has(admin, "/modtest") {
		t.Errorf("moderator help lacks the moderator command")
	}
	help := ask(t, r, "/help")
	for _, ex := range HelpExamples {
		if !strings.Contains(help.Data.Embeds[0].Description+fieldValues(help), "`"+ex+"`") {
			t.Errorf("/help does not show %s", ex)
		}
	}
}

func fieldValues(resp *discordgo.InteractionResponse) string {
	var b strings.Builder
	for _, f := range resp.Data.Embeds[0].Fields {
		b.WriteString(f.Value + "\n")
	}
	return b.String()
}

// modCmd is a moderator-only command, registered as /digest and /ingest are.
type modCmd struct{}

func (modCmd) Definition() *discordgo.ApplicationCommand {
	perms := PermManageServer
	return &discordgo.ApplicationCommand{Name: "modtest", Description: "moderators only", DefaultMemberPermissions: &perms}
}

func (modCmd) Handle(ctx context.Context, req Request) (Reply, error) { return Reply{Text: "ok"}, nil }

// An institution finds its spokesperson through the role, when exactly one
// speaker's role names it; a word in no role finds no one.
func TestStatementByInstitution(t *testing.T) {
	r, _ := newTestRouter(t)
	resp := ask(t, r, "/statement who:kremlin")
	if len(resp.Data.Embeds) == 0 || resp.Data.Embeds[0].Title != "What Dmitry Peskov said" {
		t.Fatalf("kremlin: %+v %q", resp.Data.Embeds, resp.Data.Content)
	}
	resp = ask(t, r, "/statement who:state department")
	if len(resp.Data.Embeds) > 0 && strings.HasPrefix(resp.Data.Embeds[0].Title, "What ") {
		t.Fatalf("a role without those words answered: %q", resp.Data.Embeds[0].Title)
	}
}
