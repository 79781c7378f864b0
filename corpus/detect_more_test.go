package corpus

import "testing"

// TestDetectMoreLanguages: a body without a lang header in Danish,
// Norwegian, Lithuanian, Latvian or Estonian is told as such
// (languages.json), not as the nearest language the detector was allowed:
// before they were listed, Danish read as Polish (its short words "i",
// "at" are Polish ones too), Latvian as Croatian and Estonian as Finnish,
// and each text went to that language's stemmer. Swedish stays Swedish.
func TestDetectMoreLanguages(t *testing.T) {
	for _, c := range []struct{ want, body string }{
		{"da", "Ifølge planen skal der gennemføres en fangeudveksling, hvor alle fanger fra begge sider bliver sat fri. Regeringen i København har endnu ikke kommenteret oplysningerne, men flere diplomater siger, at aftalen kan underskrives allerede i næste uge."},
		{"no", "Ifølge planen skal det gjennomføres en fangeutveksling der alle fanger fra begge sider blir satt fri. Regjeringen i Oslo har ennå ikke kommentert opplysningene, men flere diplomater sier at avtalen kan bli undertegnet allerede neste uke."},
		{"lt", "Pagal planą visoms konflikto šalims būtų paskelbta amnestija, o karo belaisviai būtų apsikeisti. Vyriausybė Vilniuje dar nekomentavo šios informacijos, tačiau keli diplomatai teigia, kad susitarimas gali būti pasirašytas jau kitą savaitę."},
		{"lv", "Saskaņā ar plānu visām konflikta pusēm tiktu izsludināta amnestija, un karagūstekņi tiktu apmainīti. Valdība Rīgā vēl nav komentējusi šo informāciju, taču vairāki diplomāti apgalvo, ka vienošanos varētu parakstīt jau nākamnedēļ."},
		{"et", "Plaani kohaselt kuulutataks kõigile konflikti osapooltele välja amnestia ning sõjavangid vahetataks. Valitsus Tallinnas ei ole seda teavet veel kommenteerinud, kuid mitmed diplomaadid väidavad, et kokkuleppe võiks allkirjastada juba järgmisel nädalal."},
		{"sv", "Enligt fredsplanen skulle Ukraina få säkerhetsgarantier av Förenta staterna och Europa, och planen beskrivs som en grund för vidare samtal. Uppgifterna bekräftades av flera diplomater i Stockholm, som dock ville vara anonyma."},
	} {
		if got := detectLang(c.body); got != c.want {
			t.Errorf("%s text detected as %q", c.want, got)
		}
	}
}
