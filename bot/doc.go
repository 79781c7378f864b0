// Package bot holds planbot's slash commands, their pure handlers and the
// rendering of their replies into Discord messages. Handlers take a parsed
// Request and return a Reply value; only the transport adapters in
// sub-packages touch discordgo sessions or HTTP. bot never imports index: it
// declares the small Searcher interface it needs and cmd/planbot plugs the
// index in.
//
// The pieces:
//   - Router (New) holds the built-in commands (/provision, /statement,
//     /search, /compare, /sources, /help) and any extra Command other
//     packages pass in; Respond turns a Request into an interaction response,
//     showing a UserError as is and any other error as a generic apology
//     (logged in full).
//   - Render and RenderMessage are the only code that knows Discord's
//     limits: whatever a Reply holds, the result fits (CheckLimits proves it
//     in the tests). Every message carries allowed_mentions with no parse.
//   - EscapeMarkdown, EscapeSnippet and LinkURL (escape.go) are the one
//     escaper for Discord text, used by every command and by bot/digest:
//     every field that comes from a document or a member goes through
//     them, so no title, outlet, plan, speaker, snippet or URL can forge a
//     link, a pill or a mention. Handlers escape headings and bodies; the
//     renderer escapes citations and links URLs only through LinkURL.
//   - Hits of kind passage (paragraphs of the reports) are cited like any
//     hit under LabelPassage; /provision and /statement fall back to them,
//     under HeadingFromReports, when no provision or statement matches.
//     Topics are shown by their taxonomy labels, never their IDs.
//   - HelpExamples are the /help examples, each answering on the seed.
//   - Paging buttons carry their state in the custom ID
//     ("search/page/2/all|nato", see PageID), so no server memory is needed.
//   - RequestFromInteraction parses a discordgo interaction, ParseLine a
//     command typed as text (planbot ask/console), FormatText renders a
//     response for a terminal.
//   - Config.Observe reports each answer (outcome, latency, hits) for logs
//     and metrics; a panicking command becomes a logged error.
//   - CompleteDeferred is shared by the transports: it delivers an answer
//     that took longer than Discord's 3 s, by editing the deferred response
//     or, for a private answer, by an ephemeral follow-up.
//
// Transports live in bot/discord (gateway) and bot/httpapi (HTTP
// interactions); bot/discordtest is the Discord double their tests use.
// bot must not import index, cmd or any transport package.
package bot
