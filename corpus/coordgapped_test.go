package corpus

import (
	"os"
	"testing"
)

// coordGappedBattery: a second speaker's account inside the first's
// sentence with its verb elided after a dash, joined by a bare comma, or
// by a bare conjunction right after a closing quotation (stop 58, yzw;
// sets ZW, ZV, ZO, ZQ), with negatives the rules must leave alone: a
// dash that opens no that-clause, a dash after a subject with no speech
// cue before it, a trailing attribution after a comma, an aside between
// commas, a comma before a capital that is no speaker, a quotation that
// is not closed.
var coordGappedBattery = []probeCase{
	{"ru", "Ушаков заявил, что компромисса пока нет, а Песков — что Кремль изучает документ.", "Dmitry Peskov", "Кремль изучает документ"},
	{"ru", "Ушаков заявил, что компромисса пока нет, а Песков — что Кремль изучает документ.", "Yuri Ushakov", "компромисса пока нет"},
	{"uk", "Каллас сказала, що Європа має бути за столом, а Рютте — що гарантії повинні бути надійними.", "Mark Rutte", "гарантії повинні бути надійними"},
	{"pl", "Tusk mówił, że Europa musi być przy stole, Radosław Sikorski – że tekst trzeba sprawdzić.", "Radosław Sikorski", "tekst trzeba sprawdzić"},
	{"pl", "Macron zapowiedział, że powstanie siła wielonarodowa, a premier Keir Starmer – że Londyn wyśle sprzęt.", "Keir Starmer", "Londyn wyśle sprzęt"},
	{"en", "Rubio said the talks had gone well, Ukraine's chief negotiator Rustem Umerov said the next round would come soon.", "Rustem Umerov", "the next round would come soon"},
	{"en", "Macron said the guarantees would be \"solid\" and Starmer said Britain would send engineers after a truce.", "Keir Starmer", "Britain would send engineers after a truce"},
	{"fr", "Macron a dit que les garanties seraient « solides » et Starmer a affirmé que Londres enverrait des ingénieurs.", "Keir Starmer", "Londres enverrait des ingénieurs"},
	{"pt", "Macron disse que as garantias seriam «sólidas» e Starmer afirmou que Londres enviaria engenheiros.", "Keir Starmer", "Londres enviaria engenheiros"},
	{"en", "Macron spoke of \"solid\" guarantees, Starmer said Britain would send engineers after a truce.", "Keir Starmer", "Britain would send engineers after a truce"},
	// negatives
	{"ru", "Ушаков заявил, что компромисса пока нет, а потом — что угодно.", "Yuri Ushakov", "компромисса пока нет, а потом — что угодно"},
	{"ru", "Переговоры шли долго, а Песков — что показательно — молчал.", "", "показательно"},
	{"en", "Rubio said the talks had gone well, Umerov said.", "Marco Rubio", "the talks had gone well"},
	{"en", "Rubio said the talks, Umerov told him, were going well.", "Marco Rubio", "the talks, Umerov told him, were going well"},
	{"en", "Rubio said the talks had gone well in Geneva, Switzerland said nothing about it at all.", "Marco Rubio", "the talks had gone well in Geneva"},
	{"en", "Rubio said the \"talks had gone well, Umerov said the round was useful.", "Marco Rubio", "Umerov said the round was useful"},
}

// TestCoordGappedBattery runs coordGappedBattery.
func TestCoordGappedBattery(t *testing.T) {
	pass := checkProbes(t, coordGappedBattery, nil, os.Getenv("PROBES_ALL") != "")
	t.Logf("%d of %d probes pass", pass, len(coordGappedBattery))
}
