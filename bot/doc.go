// Package bot holds planbot's slash commands, their pure handlers and the
// rendering of their replies into Discord messages. Handlers take a parsed
// Request and return a Reply value; only the transport adapters in
// sub-packages touch discordgo sessions or HTTP. bot never imports index: it
// declares the small Searcher interface it needs and cmd/planbot plugs the
// index in.
package bot
