// Package bottest holds test fakes shared by bot and its transports' tests:
// an in-memory Searcher and Library over a small fixture corpus (invented
// outlets and wording; real officials only saying what they were reported
// to say). It imports corpus only, never bot.
package bottest
