package corpus

import (
	"fmt"
	"strings"
	"testing"
)

// TestReadRedline reads invented comparisons of two plan versions in the
// shapes trackers and newsrooms publish (unified-diff lines, word marks,
// HTML marks, labels, strikethrough and bold with notes), in English,
// German, Russian, French, Polish, Spanish and Italian, and documents that only look like one. Each want line is
// "plan|number|text" in the order the points come.
func TestReadRedline(t *testing.T) {
	const us, eu, twenty = "US 28-point draft", "European counter-proposal", "20-point framework"
	for _, c := range []struct {
		name, title, text string
		want              []string // nil: no redline
	}{
		{
			name:  "fenced unified diff with file headers and numbered lines",
			title: "Side by side: the two texts",
			text: "Tracker view of the two texts.\n\n" +
				"```diff\n" +
				"--- US draft, 20 Nov\n" +
				"+++ European counter-proposal, 23 Nov\n" +
				"@@ -1,4 +1,4 @@\n" +
				"  1. Kyiv's sovereignty is reaffirmed.\n" +
				"- 2. Elections are held within 100 days.\n" +
				"+ 2. Elections are held as soon as possible after signing.\n" +
				"- 3. Everyone involved receives a full amnesty.\n" +
				"```\n\n" +
				"The Kessel Review compared the texts on Monday.",
			want: []string{
				us + "|1|Kyiv's sovereignty is reaffirmed.",
				eu + "|1|Kyiv's sovereignty is reaffirmed.",
				us + "|2|Elections are held within 100 days.",
				eu + "|2|Elections are held as soon as possible after signing.",
				us + "|3|Everyone involved receives a full amnesty.",
			},
		},
		{
			name:  "bare diff signs a legend explains, under point headings",
			title: "Redline",
			text: "Legend: - US draft only · + European text only · unmarked lines in both\n\n" +
				"Point 4:\n" +
				"- The army is capped at 600,000.\n" +
				"+ The army is capped at 800,000 in peacetime.\n\n" +
				"Point 5:\n" +
				"  Frozen assets stay frozen.\n" +
				"+ They are released once damage is compensated.\n\n" +
				"Analysts at the Harlow Desk said the changes were modest.",
			want: []string{
				us + "|4|The army is capped at 600,000.",
				eu + "|4|The army is capped at 800,000 in peacetime.",
				us + "|5|Frozen assets stay frozen.",
				eu + "|5|Frozen assets stay frozen.\nThey are released once damage is compensated.",
			},
		},
		{
			name:  "German word diff with a compare line and a comment",
			title: "Vergleich der Fassungen",
			text: "Vergleich: US-Entwurf gegen europäischen Gegenvorschlag\n" +
				"Legende: [-gestrichen-] · {+eingefügt+}\n\n" +
				"Punkt 6. Die Streitkräfte der Ukraine werden auf [-600.000-]{+800.000+} Soldaten begrenzt.\n" +
				"Kommentar: Die Zahl gilt nur im Frieden.\n\n" +
				"Punkt 7. [-Die Ukraine verzichtet in der Verfassung auf den NATO-Beitritt.-]\n\n" +
				"Punkt 8. Die NATO stationiert keine Truppen in der Ukraine. (unverändert)\n\n" +
				"Zusammenfassung: Gestrichen: 1 · Geändert: 1",
			want: []string{
				us + "|6|Die Streitkräfte der Ukraine werden auf 600.000 Soldaten begrenzt.",
				eu + "|6|Die Streitkräfte der Ukraine werden auf 800.000 Soldaten begrenzt.",
				us + "|7|Die Ukraine verzichtet in der Verfassung auf den NATO-Beitritt.",
				us + "|8|Die NATO stationiert keine Truppen in der Ukraine.",
				eu + "|8|Die NATO stationiert keine Truppen in der Ukraine.",
			},
		},
		{
			name:  "Russian labels under headings, versions from Было/Стало",
			title: "Что изменилось",
			text: "Было: американский план · Стало: европейское контрпредложение\n\n" +
				"**Пункт 2**\n" +
				"Удалено: Пакт о ненападении заключают Россия, Украина и Европа.\n" +
				"Добавлено: Пакт о ненападении заключают Россия, Украина и НАТО.\n\n" +
				"**Пункт 3**\n" +
				"Удалено: Россия не нападает на соседей.\n\n" +
				"Итого: удалено: 1",
			want: []string{
				us + "|2|Пакт о ненападении заключают Россия, Украина и Европа.",
				eu + "|2|Пакт о ненападении заключают Россия, Украина и НАТО.",
				us + "|3|Россия не нападает на соседей.",
			},
		},
		{
			name:  "French HTML marks, the version that struck named as agent",
			title: "Comparatif",
			text: "Texte de départ : le plan américain\n" +
				"Légende : <del>barré</del> = supprimé par la contre-proposition européenne ; <ins>souligné</ins> = ajouté\n\n" +
				"1. L'Ukraine reçoit des garanties de sécurité <del>fiables</del><ins>solides</ins>.\n" +
				"2. Des avions de chasse <del>européens</del><ins>de l'OTAN</ins> sont basés en Pologne.\n",
			want: []string{
				us + "|1|L'Ukraine reçoit des garanties de sécurité fiables.",
				eu + "|1|L'Ukraine reçoit des garanties de sécurité solides.",
				us + "|2|Des avions de chasse européens sont basés en Pologne.",
				eu + "|2|Des avions de chasse de l'OTAN sont basés en Pologne.",
			},
		},
		{
			name:  "strikethrough and bold with renumbering and notes",
			title: "From 28 points to 20",
			text: "How to read: ~~struck~~ text was in the 28-point plan; **bold** text is new in the 20-point framework.\n\n" +
				"Point 21 → 14. Territory is settled ~~by recognition~~ **along the line of contact**.\n\n" +
				"Point 22 → 15. Monitoring by a peace council. (new)\n\n" +
				"Point 23. Talks open in a neutral city (New York).\n\n" +
				"Point 26. Everyone receives an amnesty. (struck)\n",
			want: []string{
				us + "|21|Territory is settled by recognition.",
				twenty + "|14|Territory is settled along the line of contact.",
				twenty + "|15|Monitoring by a peace council.",
				us + "|23|Talks open in a neutral city (New York).",
				twenty + "|23|Talks open in a neutral city (New York).",
				us + "|26|Everyone receives an amnesty.",
			},
		},
		{
			name:  "Polish fence, versions from an arrow line",
			title: "Zmiany w planie",
			text: "Porównanie: plan 28 punktów → ramy 20 punktów\n\n" +
				"Punkt 9\n\n```diff\n- Wybory odbędą się w ciągu 100 dni.\n+ Wybory odbędą się jak najszybciej.\n```\n\n" +
				"Punkt 10\n\n```diff\n  Ukraina pozostaje państwem niezależnym.\n```\n",
			want: []string{
				us + "|9|Wybory odbędą się w ciągu 100 dni.",
				twenty + "|9|Wybory odbędą się jak najszybciej.",
				us + "|10|Ukraina pozostaje państwem niezależnym.",
				twenty + "|10|Ukraina pozostaje państwem niezależnym.",
			},
		},
		{
			name:  "English labels on one line, a counter below",
			title: "US draft vs European counter-proposal",
			text: "Compare: US draft vs European counter-proposal\n\n" +
				"Point 12 — Deleted: A fund for fast-growing industries. · Inserted: A World Bank financing facility.\n\n" +
				"Point 13 — Added: Russia rejoins the G8.\n\n" +
				"Deleted: 1 · Inserted: 2\n",
			want: []string{
				us + "|12|A fund for fast-growing industries.",
				eu + "|12|A World Bank financing facility.",
				eu + "|13|Russia rejoins the G8.",
			},
		},
		{
			name:  "Spanish labels after the point number only",
			title: "Cambios",
			text: "Comparación: plan estadounidense frente a la contrapropuesta europea\n\n" +
				"Punto 5 — Eliminado: Garantías de seguridad fiables. · Añadido: Garantías de seguridad sólidas.\n\n" +
				"Punto 6 — Añadido: Un ejército de 800.000 efectivos.\n",
			want: []string{
				us + "|5|Garantías de seguridad fiables.",
				eu + "|5|Garantías de seguridad sólidas.",
				eu + "|6|Un ejército de 800.000 efectivos.",
			},
		},
		{
			name:  "Italian word diff, versions only in a title that rewrites",
			title: "Come la controproposta europea riscrive il piano americano",
			text: "Legenda: [-barrato-] · {+inserito+}\n\n" +
				"Punto 2. Un patto di non aggressione tra Russia, Ucraina e [-Europa-]{+NATO+}.\n\n" +
				"Punto 3. [-La NATO non si allarga più.-]\n",
			want: []string{
				us + "|2|Un patto di non aggressione tra Russia, Ucraina e Europa.",
				eu + "|2|Un patto di non aggressione tra Russia, Ucraina e NATO.",
				us + "|3|La NATO non si allarga più.",
			},
		},
		{
			name:  "German legend of signs in one sentence, versions named new first",
			title: "Redline",
			text: "Der europäische Gegenvorschlag und der US-Entwurf im Vergleich.\n" +
				"Legende: Zeilen mit - nur im US-Entwurf, Zeilen mit + nur im europäischen Gegenvorschlag\n\n" +
				"Punkt 9:\n- Europäische Kampfjets werden in Polen stationiert.\n+ NATO-Kampfjets werden in Polen stationiert.\n\n" +
				"Punkt 10:\n- Die Garantie entfällt bei einem Angriff auf Moskau.\n",
			want: []string{
				us + "|9|Europäische Kampfjets werden in Polen stationiert.",
				eu + "|9|NATO-Kampfjets werden in Polen stationiert.",
				us + "|10|Die Garantie entfällt bei einem Angriff auf Moskau.",
			},
		},
		{
			name:  "word marks wrapped over lines of a pasted page",
			title: "The US draft against the European counter-proposal",
			text: "Legend: [-struck-] in the US draft only, {+inserted+} in the European counter-proposal only\n\n" +
				"Point 7. [-Ukraine writes into its constitution that it\nwill not join NATO.-]{+Ukraine's accession to NATO\ndepends on consensus among the allies.+}\n" +
				"Comment: a fact, not a ban.\n\n" +
				"Point 8. NATO does not station troops in Ukraine{+ in peacetime+}.\n\n" +
				"Point 9. New elections are held {+as soon as possible+}.\n\n" +
				"Point 10. (unchanged)\n\nThe guarantee mirrors Article 5.\n\n" +
				"Point 11. Deleted in the European counter-proposal\n\nUkraine gets short-term market access.\n",
			want: []string{
				us + "|7|Ukraine writes into its constitution that it will not join NATO.",
				eu + "|7|Ukraine's accession to NATO depends on consensus among the allies.",
				us + "|8|NATO does not station troops in Ukraine.",
				eu + "|8|NATO does not station troops in Ukraine in peacetime.",
				us + "|9|New elections are held.",
				eu + "|9|New elections are held as soon as possible.",
				us + "|10|The guarantee mirrors Article 5.",
				eu + "|10|The guarantee mirrors Article 5.",
				us + "|11|Ukraine gets short-term market access.",
			},
		},
		{
			name:  "tracked changes exported with balloons",
			title: "Track changes: US draft → European counter-proposal",
			text: "Point 12\nA reconstruction package with a special World Bank facility.\nDeleted: A Ukraine Development Fund for fast-growing industries.\nFormatted: Font: Bold\n\n" +
				"Point 13\nInserted: Russia rejoins the G8 when sanctions are lifted.\n",
			want: []string{
				us + "|12|A reconstruction package with a special World Bank facility.\nA Ukraine Development Fund for fast-growing industries.",
				eu + "|12|A reconstruction package with a special World Bank facility.",
				eu + "|13|Russia rejoins the G8 when sanctions are lifted.",
			},
		},
		{
			name:  "unnumbered hunks are points of their own",
			title: "Diff of the US draft and the European counter-proposal",
			text:  "```diff\n--- US draft\n+++ European counter-proposal\n@@ -3,1 +3,1 @@\n- Sanctions are lifted in stages.\n+ Sanctions stay until compensation is paid.\n@@ -9,1 +9,1 @@\n- Fighter jets are based in Poland.\n+ NATO jets are based in Poland.\n```\n",
			want: []string{
				us + "|0|Sanctions are lifted in stages.",
				eu + "|0|Sanctions stay until compensation is paid.",
				us + "|0|Fighter jets are based in Poland.",
				eu + "|0|NATO jets are based in Poland.",
			},
		},
		{
			name:  "an explainer's notes without a legend are no redline",
			title: "What changed from the 28-point plan to the 20-point framework",
			text: "The 20-point framework keeps much of the 28-point plan.\n\n" +
				"1. The army is capped at 800,000 (new)\n" +
				"2. Elections follow the signing\n" +
				"3. Amnesty for all (dropped)\n",
		},
		{
			name:  "a bullet list is no redline",
			title: "What the US plan says",
			text: "The US draft and the European counter-proposal differ.\n\n" +
				"- Point 1: sovereignty.\n" +
				"+ Point 2: a pact.\n",
		},
		{
			name:  "one struck phrase is no redline",
			title: "Correction",
			text:  "The US draft ~~was~~ is discussed.\n\nThe European counter-proposal answers it.\n",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, rl := readRedline(c.text, c.title)
			var got []string
			if rl != nil {
				for _, p := range rl.provisions {
					got = append(got, fmt.Sprintf("%s|%d|%s", p.plan, p.number, p.text))
				}
			}
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestParseRedline checks a redline through Parse: each version's points
// with their numbers, no point run together from "-" and "+" lines, the
// editors' restatement of a point not read again, the legend and the
// counters read as nothing, and the reaction below the points still read
// as a statement.
func TestParseRedline(t *testing.T) {
	doc := "---\ntitle: \"Redline: the European text against the US draft\"\noutlet: Kessel Review\nlang: en\npublished: 2025-11-25\n---\n\n" +
		"Legend: lines starting `-` are in the US draft only; lines starting `+` are in the European text only.\n\n" +
		"### Point 5 · changed\n\n```diff\n- Ukraine will receive reliable security guarantees.\n+ Ukraine will receive robust security guarantees.\n```\n\n" +
		"### Point 6 · deleted in the European text\n\n```diff\n- The armed forces of Ukraine are limited to 600,000 personnel.\n```\n\n" +
		"---\n\nPoint 6 has no European counterpart.\n\nStruck: 1 · Rewritten: 1 · Unchanged: 0\n\n" +
		"Kremlin aide Yuri Ushakov said on Monday that the European plan did not suit Russia.\n"
	d, err := Parse([]byte(doc), ParseOptions{Name: "redline.md", Now: fixedNow})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Provisions {
		got = append(got, fmt.Sprintf("%s|%d|%s", p.Plan, p.Number, p.Text))
	}
	want := []string{
		"US 28-point draft|5|Ukraine will receive reliable security guarantees.",
		"European counter-proposal|5|Ukraine will receive robust security guarantees.",
		"US 28-point draft|6|The armed forces of Ukraine are limited to 600,000 personnel.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("provisions\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	ids := map[string]bool{}
	for _, p := range d.Provisions {
		if ids[p.ID] {
			t.Errorf("duplicate provision ID %s", p.ID)
		}
		ids[p.ID] = true
	}
	said := false
	for _, s := range d.Statements {
		if strings.Contains(s.Text, "+") || strings.Contains(s.Text, "guarantees") || strings.Contains(s.Text, "only") || strings.Contains(s.Text, "Rewritten") {
			t.Errorf("statement read from the redline: %s / %q", s.Speaker, s.Text)
		}
		if s.Speaker == "Yuri Ushakov" {
			said = true
		}
	}
	if !said {
		t.Errorf("Ushakov's reaction not read: %+v", d.Statements)
	}
}
