package corpus

import "testing"

// TestGuaranteeForCompensation checks the US draft's point 10 by its
// compensation clause: the American guarantee given in exchange for a
// compensation to the United States is point 10 in every language, not the
// "guarantees in return" of point 5 that "in exchange" or "a cambio" also
// reads ("En la versión de Washington, Estados Unidos da una garantía a
// cambio de una compensación" was point 5). Negatives: guarantees in return
// for concessions with no compensation stay point 5, and assets frozen until
// Russia compensates Ukraine, beside a guarantee, stay the counter-proposal's
// point 14 (that term narrows this one).
func TestGuaranteeForCompensation(t *testing.T) {
	c := planTermsData()
	tests := []struct {
		s    string
		id   string
		want bool
	}{
		{"The US would give Ukraine a guarantee in exchange for compensation.", "guarantee-for-compensation", true},
		{"The US would give Ukraine a guarantee in exchange for compensation.", "guarantees-in-return", false},
		{"En la versión de Washington, Estados Unidos da una garantía a cambio de una compensación.", "guarantee-for-compensation", true},
		{"En la versión de Washington, Estados Unidos da una garantía a cambio de una compensación.", "guarantees-in-return", false},
		{"Amerykański dokument daje Ukrainie gwarancję USA, ale w zamian za rekompensatę dla Stanów Zjednoczonych.", "guarantee-for-compensation", true},
		{"Il primo testo prevedeva una garanzia americana in cambio di un compenso.", "guarantee-for-compensation", true},
		{"Der Entwurf machte die amerikanische Garantie davon abhängig, dass die USA dafür eine Kompensation erhalten.", "guarantee-for-compensation", true},
		{"Соединённые Штаты получают компенсацию за гарантию.", "guarantee-for-compensation", true},
		{"Le projet prévoit une garantie américaine en échange d'une compensation.", "guarantee-for-compensation", true},
		// negatives
		{"In return, Ukraine would receive reliable security guarantees.", "guarantee-for-compensation", false},
		{"In return, Ukraine would receive reliable security guarantees.", "guarantees-in-return", true},
		{"A cambio, Ucrania recibiría garantías de seguridad.", "guarantee-for-compensation", false},
		{"Russian assets stay frozen until Russia compensates Ukraine, and the guarantees mirror Article 5.", "guarantee-for-compensation", false},
		{"Rosyjskie aktywa pozostaną zamrożone, dopóki Rosja nie zrekompensuje szkód, a gwarancje wzorowane są na artykule 5.", "guarantee-for-compensation", false},
	}
	for _, tt := range tests {
		if got := c.holdsTerm(tt.s, tt.id); got != tt.want {
			t.Errorf("%q: %s %v, want %v", tt.s, tt.id, got, tt.want)
		}
	}
}

// TestGuaranteeForCompensationPoint checks whole documents: a prose
// sentence on the US guarantee given for a compensation is the draft's
// point 10, whether its number stands in the sentence (Polish), in the
// sentence before (Spanish) or nowhere (English); each was point 5.
func TestGuaranteeForCompensationPoint(t *testing.T) {
	const us = "US 28-point draft"
	checkFresh(t, []freshCase{
		{name: "polish, the number in the sentence", doc: "# Plan pokojowy\n\nEkspert zwrócił uwagę, że amerykański dokument w punkcie 10 daje Ukrainie gwarancję USA, ale w zamian za rekompensatę dla Stanów Zjednoczonych. \"To nie jest gwarancja w rozumieniu artykułu 5\" - powiedział.\n",
			want: []Provision{{Plan: us, Number: 10, Text: "rekompensatę"}}},
		{name: "spanish, the number in the sentence before", doc: "# El plan de paz\n\nEl borrador americano de 28 puntos fija las garantías. Eso está en el punto 10. En la versión de Washington, Estados Unidos da una garantía a cambio de una compensación.\n",
			want: []Provision{{Plan: us, Number: 10, Text: "compensación"}}},
		{name: "english, no number", doc: "# The peace plan\n\nUnder the US 28-point draft, Washington gives Ukraine a guarantee in exchange for compensation.\n",
			want: []Provision{{Plan: us, Number: 10, Text: "compensation"}}},
	})
}
