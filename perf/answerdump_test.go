package perf

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/bwmarrin/discordgo"

	"planbot/bot"
)

// BenchmarkAnswerDump writes every answer of four mixes of interactions
// (BenchmarkHTTP's, seeds 1-4: 2,048 in all), each rendered as the router
// answers it with no answer kept, to the file $PLANBOT_ANSWER_DUMP. A
// change to the serving path that must not change what members see is
// checked by dumping with the old build and the new one and comparing the
// files byte for byte:
//
//	PLANBOT_ANSWER_DUMP=/tmp/a go test ./perf -run '^$' -bench AnswerDump -benchtime 1x -perf.items 100000 -perf.dir /tmp/fixtures
func BenchmarkAnswerDump(b *testing.B) {
	path := os.Getenv("PLANBOT_ANSWER_DUMP")
	if path == "" {
		b.Skip("PLANBOT_ANSWER_DUMP names no file")
	}
	f := newFixture(b, true)
	out, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer out.Close()
	ctx := context.Background()
	r := bot.New(bot.Config{Searcher: f.ix, Library: f.store, CachedAnswers: -1})
	for b.Loop() {
		for seed := uint64(1); seed <= 4; seed++ {
			for k, in := range mixedInteractions(512, seed, f.qs) {
				var i discordgo.Interaction
				if err := json.Unmarshal(in.body, &i); err != nil {
					b.Fatal(err)
				}
				resp, err := json.Marshal(r.RespondInteraction(ctx, &i))
				if err != nil {
					b.Fatal(err)
				}
				if _, err := fmt.Fprintf(out, "%d/%d %s\n%s\n", seed, k, in.name, resp); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
}
