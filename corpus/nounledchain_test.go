package corpus

import "testing"

// TestNounLedChain: speech nouns owned by several speakers in one
// sentence ("…; Trump's claim that …", "…, and Dmitry Peskov's statement
// that …") give one statement each, cut at the punctuation before the
// next owner; a view named before a copula ("Zelensky's line tonight was
// that …", "The Government's view is that …") is the owner's, a person's
// or a body's, even when the sentence opens on the owner. Released shapes
// (zk02, zm03, zg03, zr01); each case fails without nounLedChain or the
// copular nouns.
func TestNounLedChain(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"en semicolon first", xindDoc("en", "Also discussed: Umerov's description of the talks; Peskov's warning that quick results should not be expected; Trump's claim that he had asked Putin to hold off strikes."), "Dmitry Peskov", "quick results should not be expected"},
		{"en semicolon second", xindDoc("en", "Also discussed: Umerov's description of the talks; Peskov's warning that quick results should not be expected; Trump's claim that he had asked Putin to hold off strikes."), "Donald Trump", "he had asked Putin to hold off strikes"},
		{"en comma and first", xindDoc("en", "Also credit Kaja Kallas's remark that any plan needed Ukrainians and Europeans on board, and Dmitry Peskov's statement that Moscow had not been briefed."), "Kaja Kallas", "any plan needed Ukrainians and Europeans on board"},
		{"en comma and second", xindDoc("en", "Also credit Kaja Kallas's remark that any plan needed Ukrainians and Europeans on board, and Dmitry Peskov's statement that Moscow had not been briefed."), "Dmitry Peskov", "Moscow had not been briefed"},
		{"en copular person opening", xindDoc("en", "President Volodymyr Zelensky spoke late. Zelensky's line tonight was that there were signals of movement."), "Volodymyr Zelensky", "there were signals of movement"},
		{"en copular after a source", xindDoc("en", "Peskov's line per the Volga Monitor was that Putin had been briefed on the proposals."), "Dmitry Peskov", "Putin had been briefed on the proposals"},
		{"en copular body", xindDoc("en", "The draft would limit the forces. The Government's view is that Ukraine must be able to defend itself."), "Government", "Ukraine must be able to defend itself"},
		{"en copular speech noun", xindDoc("en", "Kallas's warning was that the talks could stall for weeks."), "Kaja Kallas", "the talks could stall for weeks"},
	})
}

// TestNounLedChainNot: no owner, a relative "that", a copular noun with
// no that-clause or no copula, and a chain inside one statement with no
// owner's speech noun say nothing more.
func TestNounLedChainNot(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"en warning label", xindDoc("en", "The warning label on the box was clear about the risks.")},
		{"en claim later denied", xindDoc("en", "Trump's claim that was later denied by the White House caused a stir in Kyiv.")},
		{"en a claim, whose", xindDoc("en", "It was a claim that was later denied by Dmitry Peskov in Moscow.")},
		{"en party line", xindDoc("en", "The party line was that nothing had changed since the summer.")},
		{"en view of the river", xindDoc("en", "Kallas's view of the river was stunning from the old bridge.")},
		{"en line without copula", xindDoc("en", "Peskov's line that Moscow had been briefed drew little notice in Geneva.")},
	} {
		t.Run(c.name, func(t *testing.T) {
			for _, s := range statementsOf(t, c.text) {
				t.Errorf("statement %q by %q: nothing was said", s.Text, s.Speaker)
			}
		})
	}
}

// TestNounLedChainKeepsOne: a comma inside one statement with no owner
// after it does not cut it.
func TestNounLedChainKeepsOne(t *testing.T) {
	checkStatementsExact(t, []statementCase{
		{"en comma no owner", xindDoc("en", "Markets fell after Senator Ruth Calloway's warning that the talks had collapsed, and that Europe's leaders would meet again."), "Ruth Calloway", "the talks had collapsed, and that Europe's leaders would meet again"},
		{"fr selon lesquels unchanged", xindDoc("fr", "La lettre fait suite aux propos de Marc Vallier selon lesquels la frontière resterait fermée; Paris attend."), "Marc Vallier", "la frontière resterait fermée; Paris attend"},
	})
}
