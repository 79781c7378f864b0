package corpus

import (
	"strings"
	"testing"
)

// TestFinnishPlanTerms checks the Finnish stems of the plan-terms
// catalogue on phrasings other than those of testdata/planterms: Finnish
// inflects a noun into a dozen cases and changes its stem's consonants as
// it does ("tulitauko", "tulitauon"; "sotilas", "sotilaiden"), and writes
// compounds as one word ("turvatakuut", "presidentinvaalit"), so a stem must
// cover the case endings and, where the term is the compound's tail, be
// read inside a word. The negatives check that the short stems do not reach
// unrelated words that begin the same way: "joukossa" (among) is no troops,
// "varoitti" (warned) no assets, "pitävät" (consider) no reliable
// guarantee, "jäsenmaat" without a consensus no point 7.
func TestFinnishPlanTerms(t *testing.T) {
	c := planTermsData()
	tests := []struct {
		s, id string
		want  bool
	}{
		{"Luonnoksen mukaan Ukrainan armeijassa saisi olla enintään 600 000 sotilasta.", "army-600k", true},
		{"Asevoimien kattoa nostettaisiin 800 tuhanteen sotilaaseen.", "army-800k", true},
		{"Vastaehdotuksessa joukkojen enimmäismäärä olisi 800 000.", "army-800k", true},
		{"Mielenosoittajien joukossa oli arviolta 600 000 ihmistä.", "army-600k", false},
		{"Tulitauon pitäisi alkaa heti, kun osapuolet hyväksyvät suunnitelman.", "ceasefire-on-agreement", true},
		{"Aselepo astuisi voimaan viipymättä sen jälkeen, kun sopimus on allekirjoitettu.", "ceasefire-on-agreement", true},
		{"Ukraina menettäisi turvatakuunsa, jos se hyökkäisi Venäjälle.", "guarantee-lost-on-attack", true},
		{"Takuut menetetään, mikäli Ukraina hyökkää Venäjän alueelle.", "guarantee-lost-on-attack", true},
		{"Ukraina saisi luotettavia turvatakuita.", "reliable-guarantees", true},
		{"Monet pitävät turvatakuita tärkeinä.", "reliable-guarantees", false},
		{"Jäädytetyistä Venäjän keskuspankin varoista 100 miljardia dollaria käytettäisiin jälleenrakennukseen.", "frozen-100bn", true},
		{"Komissio varoitti, että 100 miljardin euron jäädytetty budjettiesitys viivästyy.", "frozen-100bn", false},
		{"Presidentinvaalit pidettäisiin 100 päivän kuluessa.", "elections-100-days", true},
		{"Vaalit järjestettäisiin mahdollisimman nopeasti rauhansopimuksen jälkeen.", "elections-soon-after", true},
		{"Naton jäsenyys edellyttäisi kaikkien liittolaisten yksimielisyyttä.", "nato-by-consensus", true},
		{"EU:n jäsenmaat kokoontuivat Brysselissä.", "nato-by-consensus", false},
		{"Ukrainan pitäisi kirjata perustuslakiin, ettei se koskaan liity sotilasliittoon.", "nato-constitution", true},
		{"Ukrainan perustuslaissa on kohta kielistä.", "nato-constitution", false},
		{"Vankien vaihto toteutettaisiin periaatteella kaikki kaikkia vastaan.", "all-for-all", true},
		{"Yleinen armahdus koskisi kaikkia sodan osapuolia.", "full-amnesty", true},
		{"Zaporižžjan voimalan tuotanto jaettaisiin tasan, ja IAEA valvoisi sitä.", "zaporizhzhia-plant", true},
		{"Naton joukkoja ei sijoitettaisi Ukrainaan.", "no-nato-troops", true},
		{"Puolassa olisi eurooppalaisia hävittäjiä.", "jets-in-poland", true},
		{"Ukraina sitoutuisi pysymään ydinaseettomana maana.", "non-nuclear", true},
		{"Ydinaseet ovat Ukrainan turvallisuuden kannalta keskeinen kysymys.", "non-nuclear", false},
		{"Venäjä palaisi vähitellen osaksi maailmantaloutta.", "world-economy", true},
		{"Puolet jäädytettyjen varojen tuotoista menisi Yhdysvalloille.", "frozen-profit-half", true},
		{"Yhdysvallat ja Venäjä perustaisivat yhteisen sijoitusrahaston.", "joint-investment-fund", true},
		{"Ukrainan joukot vetäytyisivät Donetskin alueelta.", "donbas-withdrawal", true},
		{"Ukraina luovuttaisi Donbassin Venäjälle.", "donbas-withdrawal", true},
		{"Donbassin rintamalla taisteltiin koko yön.", "donbas-withdrawal", false},
		{"Rintamalinja jäädytettäisiin nykyisille paikoilleen.", "line-frozen", true},
		{"Vetäytyneet alueet muuttuisivat demilitarisoiduksi puskurivyöhykkeeksi.", "demilitarised-zone", true},
		{"Alueelle perustettaisiin vapaa talousvyöhyke.", "free-economic-zone", true},
		{"Viljaa saisi kuljettaa vapaasti Mustallamerellä.", "black-sea-grain", true},
		{"Venäjälle viedyt ukrainalaislapset palautettaisiin perheilleen.", "children-return", true},
		{"Lasten koulut palaavat lähiopetukseen.", "children-return", false},
		{"Pakotteita purettaisiin vaiheittain.", "sanctions-in-stages", true},
		{"Ukraina sitoutuisi olemaan valtaamatta miehitettyjä alueita takaisin sotilaallisin keinoin.", "no-military-retaking", true},
		{"Vastineeksi Ukraina saisi turvatakuut.", "guarantees-in-return", true},
	}
	for _, tt := range tests {
		if got := c.holdsTerm(tt.s, tt.id); got != tt.want {
			t.Errorf("%q: %s %v, want %v", tt.s, tt.id, got, tt.want)
		}
	}
}

// TestFinnishPlanTermWords checks the Finnish words around a term: a drop
// word near it says the term was removed or rejected ("poistettiin", "ei
// enää", "torjui"), an opinion phrase gives a speaker's view ("hänen
// mielestään", "huolissaan"), and a plan word tells that a sentence speaks
// of a plan in any case form ("suunnitelmassa", "luonnoksen",
// "vastaehdotuksessa"), while a sentence holding none of them is plain.
func TestFinnishPlanTermWords(t *testing.T) {
	c := planTermsData()
	tests := []struct {
		s                        string
		dropped, opinion, speaks bool
	}{
		{"Uudesta luonnoksesta poistettiin 100 päivän määräaika vaaleille.", true, false, true},
		{"Vastaehdotuksessa ei enää ole 600 000 sotilaan kattoa.", true, false, true},
		{"Kiova torjui 600 000 sotilaan katon.", true, false, false},
		{"Hänen mielestään 600 000 sotilaan katto on liian tiukka.", false, true, false},
		{"Ministeri on huolissaan 600 000 sotilaan katosta.", false, true, false},
		{"Suunnitelmassa Ukrainan asevoimat rajoitetaan 600 000 sotilaaseen.", false, false, true},
		{"Ukrainan asevoimat rajoitettaisiin 600 000 sotilaaseen.", false, false, false},
	}
	for _, tt := range tests {
		low := strings.ToLower(tt.s)
		hits := c.matchTerms(&termScan{}, low)
		if len(hits) == 0 {
			t.Errorf("%q: no term", tt.s)
			continue
		}
		dropped := false
		for _, h := range hits {
			dropped = dropped || c.dropsTerm(low, h)
		}
		if dropped != tt.dropped {
			t.Errorf("%q: dropped %v, want %v", tt.s, dropped, tt.dropped)
		}
		if got := c.personsView(tt.s, low); got != tt.opinion {
			t.Errorf("%q: a person's view %v, want %v", tt.s, got, tt.opinion)
		}
		if got := c.speaksOfPlan(tt.s); got != tt.speaks {
			t.Errorf("%q: speaks of a plan %v, want %v", tt.s, got, tt.speaks)
		}
	}
}

// holdsTerm says whether the catalogue finds the term with this ID in s.
func (c *termCatalogue) holdsTerm(s, id string) bool {
	for _, h := range c.matchTerms(&termScan{}, strings.ToLower(s)) {
		if c.terms[h.term].ID == id {
			return true
		}
	}
	return false
}
