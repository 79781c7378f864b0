// Package bottest holds test fakes shared by bot and its transports' tests:
// an in-memory Searcher and Library over a small fixture corpus (invented
// outlets and wording; real officials only saying what they were reported
// to say), and hostile fixtures (Hostile, HostileDocuments) whose titles,
// outlets, plans, speakers, texts and URLs try to forge links, pills and
// mentions, with Unsafe to find any that got through. It imports corpus
// only, never bot.
package bottest
