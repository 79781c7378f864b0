package ingest

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
	"go.uber.org/zap"

	"planbot/bot"
	"planbot/corpus"
	"planbot/corpus/feed"
	"planbot/corpus/web"
)

// Store is what /ingest needs of *corpus.Store: Put stores a document, or a
// new version of one with the same URL or file name.
type Store interface {
	Put(data []byte, opts corpus.ParseOptions) (corpus.PutResult, error)
}

// Feeds is what /feed needs of *feed.Poller: subscriptions per server
// (guild), "" for the global ones.
type Feeds interface {
	Add(ctx context.Context, guild, url, addedBy string) (feed.Info, error)
	Remove(guild, url string) error
	List(guild string) []feed.Info
}

var (
	_ Store = (*corpus.Store)(nil)
	_ Feeds = (*feed.Poller)(nil)
)

// Config configures the commands.
type Config struct {
	// Fetcher fetches links and attachments; required.
	Fetcher *web.Client
	// Store receives documents; required.
	Store Store
	// Feeds manages subscriptions; nil leaves /feed out.
	Feeds Feeds
	// OnTopicOnly is shown by /feed add and list, so moderators know a
	// general feed is filtered. It does not filter /ingest: a moderator
	// asking for one document gets it.
	OnTopicOnly bool
	// OnAdded is called for each stored document, before the reply, so the
	// caller can index it, remove the versions it replaced (res.Replaced)
	// from the index and trigger announcements. An error is logged and
	// mentioned in the reply; the document stays stored.
	OnAdded func(ctx context.Context, res corpus.PutResult) error
	// MaxAttachmentBytes refuses larger attachments before downloading
	// them; defaults to the Fetcher's MaxBytes.
	MaxAttachmentBytes int64
	// Logger defaults to zap.NewNop().
	Logger *zap.Logger
	// Global stores documents and feeds in the global collection, which
	// every server sees, whatever server the request comes from: for the
	// operator's local runs. Otherwise what a server's moderators add is
	// that server's own (corpus.ParseOptions.Guild, feed subscriptions).
	Global bool
}

// collection is the collection what req adds goes to: the server's own,
// or the global one with Config.Global.
func (c Config) collection(req bot.Request) string {
	if c.Global {
		return ""
	}
	return req.GuildID
}

// Commands returns /ingest, and /feed when cfg.Feeds is set.
func Commands(cfg Config) []bot.Command {
	if cfg.Logger == nil {
		cfg.Logger = zap.NewNop()
	}
	if cfg.MaxAttachmentBytes <= 0 {
		cfg.MaxAttachmentBytes = cfg.Fetcher.Config().MaxBytes
	}
	out := []bot.Command{&ingestCmd{cfg: cfg}}
	if cfg.Feeds != nil {
		out = append(out, &feedCmd{cfg: cfg})
	}
	return out
}

var (
	modPerms  = bot.PermManageServer
	noDM      = false
	guildOnly = []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
)

// ingestCmd is /ingest.
type ingestCmd struct{ cfg Config }

// Definition registers /ingest for moderators, in servers only.
func (c *ingestCmd) Definition() *discordgo.ApplicationCommand {
	return &discordgo.ApplicationCommand{
		Name:                     "ingest",
		Description:              "Add a document to the record: a text, Markdown, HTML or subtitle file, or a web page (moderators)",
		DefaultMemberPermissions: &modPerms,
		DMPermission:             &noDM,
		Contexts:                 &guildOnly,
		Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionAttachment, Name: "file",
				Description: "A .txt, .md or .html file with the article, or a video's .srt or .vtt subtitles"},
			{Type: discordgo.ApplicationCommandOptionString, Name: "url", MaxLength: 2000,
				Description: "Link to a public web page with the article"},
		},
	}
}

// Handle answers /ingest. It fetches over the network, so transports must
// defer the response (the fetch is bounded by the Fetcher's timeout).
func (c *ingestCmd) Handle(ctx context.Context, req bot.Request) (bot.Reply, error) {
	if err := bot.RequireModerator(req); err != nil {
		return bot.Reply{}, err
	}
	if req.Kind != bot.KindCommand {
		return bot.Reply{}, bot.UserError("This command has no buttons or suggestions.")
	}
	fileID, link := strings.TrimSpace(req.Options["file"]), strings.TrimSpace(req.Options["url"])
	switch {
	case fileID != "" && link != "":
		return bot.Reply{}, bot.UserError("Give either a file or a url, not both.")
	case fileID != "":
		return c.ingestAttachment(ctx, req, fileID)
	case link != "":
		return c.ingestURL(ctx, req, link)
	}
	return bot.Reply{}, bot.UserError("Attach a file (`file:`) or give a link (`url:`) to add.")
}

func (c *ingestCmd) ingestURL(ctx context.Context, req bot.Request, link string) (bot.Reply, error) {
	text, final, err := c.cfg.Fetcher.FetchDocument(ctx, link)
	if err != nil {
		// What members type is never logged at info: the refused link is
		// debug detail.
		c.cfg.Logger.Debug("ingest url refused", zap.String("url", link), zap.String("user", req.UserID), zap.Error(err))
		return bot.Reply{}, bot.UserError("Could not add " + quoteURL(link) + ": " + Reason(err, c.cfg.Fetcher.Config().MaxBytes) + ".")
	}
	return c.store(ctx, req, text, web.ParseName(final), quoteURL(final))
}

func (c *ingestCmd) ingestAttachment(ctx context.Context, req bot.Request, id string) (bot.Reply, error) {
	a, ok := req.Attachments[id]
	if !ok {
		return bot.Reply{}, bot.UserError("The attachment could not be found in the request; please attach the file again.")
	}
	name := "`" + strings.ReplaceAll(bot.Truncate(a.Filename, 80), "`", "'") + "`"
	if int64(a.Size) > c.cfg.MaxAttachmentBytes {
		return bot.Reply{}, bot.UserError(fmt.Sprintf("%s is %s; the limit is %s. Split it or link to the page instead.",
			name, humanBytes(int64(a.Size)), humanBytes(c.cfg.MaxAttachmentBytes)))
	}
	if web.DetectFormat(a.ContentType, a.Filename) == web.FormatUnknown {
		kind := a.ContentType
		if kind == "" {
			kind = "an unknown type"
		}
		return bot.Reply{}, bot.UserError(fmt.Sprintf("%s is %s: only text (.txt), Markdown (.md), HTML (.html), calendar (.ics) and subtitle (.srt, .vtt) files can be added.", name, kind))
	}
	resp, err := c.cfg.Fetcher.Get(ctx, a.URL, web.Request{Accept: append([]string{"application/octet-stream"}, web.DocumentTypes...)})
	if err != nil {
		c.cfg.Logger.Warn("attachment download failed", zap.String("file", a.Filename), zap.Error(err))
		return bot.Reply{}, bot.UserError("Could not download " + name + ": " + Reason(err, c.cfg.MaxAttachmentBytes) + ".")
	}
	ct := a.ContentType
	if ct == "" {
		ct = resp.Header
	}
	// The CDN link expires, so it is not recorded as the document's URL.
	text, err := web.ToCorpusText(resp.Body, ct, a.Filename, "")
	if err != nil {
		return bot.Reply{}, bot.UserError("Could not read " + name + ": " + Reason(err, c.cfg.MaxAttachmentBytes) + ".")
	}
	return c.store(ctx, req, text, web.ParseName(a.Filename), name)
}

// store parses (to report a bad document as the user's problem, storing
// nothing), adds, runs the hook and describes the outcome.
func (c *ingestCmd) store(ctx context.Context, req bot.Request, text []byte, parseName, shown string) (bot.Reply, error) {
	if _, err := corpus.Parse(text, corpus.ParseOptions{Name: parseName}); err != nil {
		return bot.Reply{}, bot.UserError("Could not read " + shown + ": " + bot.Truncate(err.Error(), 300) + ". Nothing was stored.")
	}
	res, err := c.cfg.Store.Put(text, corpus.ParseOptions{Name: parseName, Guild: c.cfg.collection(req)})
	if err != nil {
		return bot.Reply{}, fmt.Errorf("store %s: %w", parseName, err)
	}
	doc := res.Doc
	if !res.Added {
		return duplicateReply(doc), nil
	}
	c.cfg.Logger.Info("document ingested", zap.String("source", doc.Source.ID), zap.String("guild", doc.Source.Guild), zap.String("title", doc.Source.Title),
		zap.String("from", parseName), zap.String("user", req.UserID),
		zap.Int("provisions", len(doc.Provisions)), zap.Int("statements", len(doc.Statements)), zap.Int("replaced", len(res.Replaced)))
	var hookErr error
	if c.cfg.OnAdded != nil {
		if hookErr = c.cfg.OnAdded(ctx, res); hookErr != nil {
			c.cfg.Logger.Error("indexing an ingested document failed", zap.String("source", doc.Source.ID), zap.Error(hookErr))
		}
	}
	return addedReply(res, hookErr != nil), nil
}

// maxShown is how many provisions and statements an /ingest reply lists.
const maxShown = 5

func addedReply(res corpus.PutResult, indexFailed bool) bot.Reply {
	doc := res.Doc
	s := doc.Source
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**", bot.EscapeMarkdown(s.Title))
	if meta := bot.JoinNonEmpty(", ", bot.EscapeMarkdown(s.Outlet), s.Published); meta != "" {
		b.WriteString(" — " + meta)
	}
	if s.URL != "" {
		b.WriteString("\n<" + s.URL + ">")
	}
	fmt.Fprintf(&b, "\n\nExtracted %s and %s. Use `/sources` to see every document in the record.",
		bot.Plural(len(doc.Provisions), "provision"), bot.Plural(len(doc.Statements), "statement"))
	if s.Guild != "" {
		b.WriteString(" It is this server's own: answers in other servers do not draw on it.")
	}
	if len(doc.Provisions) == 0 && len(doc.Statements) == 0 {
		fmt.Fprintf(&b, " No provision and no statement found (its %s still searchable with `/search`).",
			bot.Plural(len(doc.Passages), "passage")+map[bool]string{true: " is", false: " are"}[len(doc.Passages) == 1])
	}
	if n := len(res.Replaced); n > 0 {
		fmt.Fprintf(&b, "\n\nThis replaces the older version of the same document (%s), now removed from the record.", bot.Plural(n, "source"))
	}
	if indexFailed {
		b.WriteString("\n\n⚠ The document is stored, but updating the search index failed; it will be searchable after the next restart.")
	}
	title := "Added to the record"
	if len(res.Replaced) > 0 {
		title = "Replaced in the record"
	}
	r := bot.Reply{Title: title, Text: b.String(), Ephemeral: true, Footer: "Source " + s.ID}
	for i, p := range doc.Provisions {
		if i == maxShown {
			break
		}
		head := bot.EscapeMarkdown(p.Plan)
		if p.Number > 0 {
			head = bot.JoinNonEmpty(", ", head, fmt.Sprintf("point %d", p.Number))
		}
		r.Entries = append(r.Entries, bot.Entry{Heading: "Provision: " + head, Body: bot.EscapeMarkdown(bot.Truncate(p.Text, 300))})
	}
	for i, st := range doc.Statements {
		if i == maxShown {
			break
		}
		r.Entries = append(r.Entries, bot.Entry{Heading: "Statement: " + bot.EscapeMarkdown(bot.JoinNonEmpty(", ", st.Speaker, st.Role)), Body: bot.EscapeMarkdown(bot.Truncate(st.Text, 300))})
	}
	if more := len(doc.Provisions) + len(doc.Statements) - len(r.Entries); more > 0 {
		r.Footer = fmt.Sprintf("%s · %d more not shown", r.Footer, more)
	}
	return r
}

func duplicateReply(doc *corpus.Document) bot.Reply {
	s := doc.Source
	when := ""
	if t, err := time.Parse(time.RFC3339, s.Added); err == nil {
		when = fmt.Sprintf(" (added <t:%d:R>)", t.Unix())
	}
	text := fmt.Sprintf("This text is already in the record as **%s**%s, so nothing changed.", bot.EscapeMarkdown(s.Title), when)
	if s.URL != "" {
		text += "\n<" + s.URL + ">"
	}
	return bot.Reply{Title: "Already in the record", Text: text, Ephemeral: true, Footer: "Source " + s.ID}
}

// Reason explains a fetch or conversion error in words a moderator can act
// on; limit is the size limit that applied.
func Reason(err error, limit int64) string {
	var se *web.StatusError
	var dnsErr *net.DNSError
	var timeout interface{ Timeout() bool }
	switch {
	case errors.Is(err, web.ErrBlockedAddress):
		return "it points to a private, local or cloud-metadata address, and only public web pages can be fetched"
	case errors.Is(err, web.ErrScheme):
		return "only http:// and https:// links can be fetched"
	case errors.Is(err, web.ErrTooManyRedirects):
		return "it redirects too many times"
	case errors.Is(err, web.ErrTooLarge):
		return "it is larger than the " + humanBytes(limit) + " limit"
	case errors.Is(err, web.ErrUnsupportedType):
		return "it is not a web page or a text document (only HTML, text and Markdown can be added)"
	case errors.Is(err, web.ErrNoArticle):
		return "no article text was found on the page"
	case errors.As(err, &se):
		return fmt.Sprintf("the site answered HTTP %d (%s)", se.Code, strings.ToLower(http.StatusText(se.Code)))
	case errors.Is(err, context.DeadlineExceeded) || (errors.As(err, &timeout) && timeout.Timeout()):
		return "the site took too long to answer"
	case errors.Is(err, context.Canceled):
		return "the request was cancelled"
	case errors.As(err, &dnsErr):
		return "the site's name could not be found"
	}
	return "the site could not be reached"
}

// quoteURL shows a link without an embed preview and without Markdown.
func quoteURL(u string) string {
	return "<" + strings.NewReplacer(">", "%3E", " ", "%20").Replace(bot.Truncate(u, 300)) + ">"
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
