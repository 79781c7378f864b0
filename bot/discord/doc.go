// Package discord runs planbot over Discord's gateway with discordgo: it
// registers the commands on start (a bulk overwrite, globally or to one
// guild for development), answers interactions and autocomplete through the
// bot.Router, defers answers slower than the budget and completes them by
// editing the original response, lets discordgo reconnect on its own, and
// shuts down cleanly when its context ends. discordgo's logger is redirected
// into zap.
//
// Sharding: a Bot runs one gateway shard (Config.ShardID of ShardCount);
// RecommendedShards asks Discord how many to run, for a caller that lets
// Discord choose. Which shard runs what once per bot is the caller's
// business (cmd/planbot: shard 0).
//
// API version: discordgo's REST endpoints are fixed at v9 when it is
// initialised; APITransport maps them to v10 (the version Discord's OpenAPI
// description and the test double speak), and this package's init sets
// discordgo.APIVersion = "10" for the gateway URL. These are the only two
// places the version is chosen (bot/discordtest does the same for tests).
//
// discord imports bot and discordgo; it must not import index, corpus
// stores or cmd.
package discord
