package index

import (
	"context"
	"strings"
	"testing"

	"planbot/corpus"
)

// TestAnswersFoundByTheirQuestion checks that an interview answer which
// does not repeat the question's words is found by them: "amnesty 19
// points" finds the answer "It is not among the 19 points now" to the
// question about the amnesty clause, as a statement of the interviewee.
func TestAnswersFoundByTheirQuestion(t *testing.T) {
	ctx := context.Background()
	doc, err := corpus.Parse([]byte(`---
title: "Interview: a deputy minister on the plan"
outlet: Test Radio
published: 2025-11-25
---
Petra Holm, Ukraine's deputy foreign minister, spoke to us on Tuesday.

Q: Is the amnesty clause still in the plan?

A: It is not among the 19 points now. It touches on justice for the victims.

Q: When will the leaders meet?

A: Not before the remaining questions are settled.
`), corpus.ParseOptions{Name: "interview.md"})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Open(ctx, Options{}, []*corpus.Document{doc})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, c := range []struct{ query, want string }{
		{"amnesty 19 points", "19 points"},
		{"when will the leaders meet", "remaining questions"},
	} {
		res, err := ix.Search(ctx, corpus.Query{Text: c.query, Kind: corpus.KindStatement})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Hits) == 0 || !strings.Contains(res.Hits[0].Text, c.want) || res.Hits[0].Speaker != "Petra Holm" {
			t.Errorf("%q: hits %+v, want Petra Holm's answer with %q first", c.query, res.Hits, c.want)
		}
		for _, h := range res.Hits {
			if strings.Contains(h.Text, "?") {
				t.Errorf("%q: a question shown as a statement or text: %q", c.query, h.Text)
			}
		}
	}
}
