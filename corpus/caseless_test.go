package corpus

import (
	"strings"
	"testing"
)

// TestCaselessSentences checks that a full stop before a letter of a
// caseless script ends a sentence, as it does before a capital.
func TestCaselessSentences(t *testing.T) {
	for _, tc := range []struct {
		para string
		want int
	}{
		{"انتهى الاجتماع في المساء. وقال الوزير إن الجولة المقبلة ستعقد قريبا.", 2},
		{"הפגישה הסתיימה בערב. השר אמר כי הסבב הבא ייערך בקרוב.", 2},
		{"The meeting ended late. the minister spoke after it.", 1}, // a lower-case Latin letter still opens no sentence
	} {
		if got := sentences(tc.para); len(got) != tc.want {
			t.Errorf("sentences(%q) = %d %q, want %d", tc.para, len(got), got, tc.want)
		}
	}
}

// TestCaselessSpeaker checks the reading of Arabic and Hebrew speaker
// phrases, where no capital marks the name.
func TestCaselessSpeaker(t *testing.T) {
	for _, tc := range []struct {
		phrase, name, role string
	}{
		{"وزير الخارجية الأمريكي ماركو روبيو", "Marco Rubio", "وزير الخارجية الأمريكي"},
		{"الخبير في معهد الدراسات الدولية في بيروت كريم النجار لصحيفة الشرق", "كريم النجار", "الخبير في معهد الدراسات الدولية في بيروت"},
		{"الأستاذة ليلى منصور في مقابلة", "ليلى منصور", "الأستاذة"},
		{"مصدر دبلوماسي غربي", unnamedSpeaker, "مصدر دبلوماسي غربي"},
		{"דובר הקרמלין דמיטרי פסקוב", "Dmitry Peskov", "דובר הקרמלין"},
		{"ד\"ר יעל כרמי", "יעל כרמי", ""},
		{"גורם ביטחוני בכיר", unnamedSpeaker, "גורם ביטחוני בכיר"},
		{"الوزير", "", ""}, // a title alone names nobody the document knows
	} {
		x := newExtractor(lexiconData(), Source{}, nil)
		sp := x.classify(tokenize(tc.phrase), true)
		switch {
		case sp == nil && tc.name == "":
		case sp == nil || sp.name != tc.name || sp.role != tc.role:
			t.Errorf("classify(%q) = %+v, want %q (%q)", tc.phrase, sp, tc.name, tc.role)
		}
	}
}

// TestCaselessStatements reads whole Arabic and Hebrew reports: a verb
// before its speaker (Arabic), a subject before its verb (Hebrew), a
// title before the name, an adjunct between the verb and "that".
func TestCaselessStatements(t *testing.T) {
	for _, tc := range []struct {
		lang, body, speaker, text string
	}{
		{"ar", "وقال وزير الخارجية الأمريكي ماركو روبيو في تصريح للصحفيين إن المفاوضات تسير بشكل جيد.", "Marco Rubio", "المفاوضات تسير بشكل جيد"},
		{"ar", "وأكد الخبير كريم النجار أن الاتفاق ما زال بعيدا عن التوقيع.", "كريم النجار", "الاتفاق ما زال بعيدا عن التوقيع"},
		{"ar", "بدوره، قال وزير الخارجية الأمريكي ماركو روبيو إن الجولة المقبلة ستكون حاسمة.", "Marco Rubio", "الجولة المقبلة ستكون حاسمة"},
		{"ar", "وبحسب مصدر حكومي طلب عدم ذكر اسمه، فإن الوفد سيعود إلى جنيف الأسبوع المقبل.", unnamedSpeaker, "الوفد سيعود إلى جنيف"},
		{"ar", "وبحسب مصدر حكومي طلب عدم ذكر اسمه، فإن الوفد سيعود إلى جنيف. وأضاف المصدر أن الموعد لم يحدد بعد بشكل نهائي.", unnamedSpeaker, "الموعد لم يحدد بعد"},
		{"he", "דובר הקרמלין דמיטרי פסקוב אמר כי מוסקבה טרם קיבלה את הטקסט המלא.", "Dmitry Peskov", "מוסקבה טרם קיבלה את הטקסט המלא"},
		{"he", "דובר הקרמלין דמיטרי פסקוב, שנשאל על כך בשיחה עם עיתונאים, אמר כי אין חדש בנושא הזה.", "Dmitry Peskov", "אין חדש בנושא הזה"},
		{"he", "פרופ' דנה לוי, מומחית למשפט בינלאומי, אמרה כי ההסכם אינו מחייב.", "דנה לוי", "ההסכם אינו מחייב"},
		{"he", "מקור ביטחוני, שביקש להישאר בעילום שם, אמר כי ההיערכות נמשכת כרגיל.", unnamedSpeaker, "ההיערכות נמשכת"},
		{"he", "החוקרת יעל כרמי אמרה בראיון כי ההסכם עדיין רחוק מחתימה.", "יעל כרמי", "ההסכם עדיין רחוק מחתימה"},
	} {
		wantSpokenIn(t, tc.lang, tc.body, tc.speaker, tc.text)
	}
}

// TestCaselessPoints checks numbered points in Arabic and Hebrew prose:
// a point word with a conjunction or preposition written on it, an
// ordinal after its point word, the Arabic "while" joining two points,
// and a Hebrew acronym whose gershayim is no quotation mark.
func TestCaselessPoints(t *testing.T) {
	for _, tc := range []struct {
		lang, body string
		want       map[int]string // point number -> a fragment of its text
	}{
		{"ar", "وتضمنت الخطة الأمريكية المؤلفة من 28 نقطة بنودا كثيرة. فالبند 9 يحدد عدد الطائرات المسموح بها، بينما تنص النقطة 14 على صندوق لإعادة البناء.",
			map[int]string{9: "يحدد عدد الطائرات", 14: "صندوق لإعادة البناء"}},
		{"he", "תוכנית 28 הסעיפים האמריקנית פורסמה השבוע. הסעיף התשיעי קובע כי מטוסי קרב יוצבו בפולין. ובסעיף 14 נאמר כי ארה\"ב תקים קרן לשיקום.",
			map[int]string{9: "מטוסי קרב יוצבו בפולין", 14: "תקים קרן לשיקום"}},
	} {
		doc := "---\ntitle: \"t\"\nlang: " + tc.lang + "\n---\n\n" + tc.body + "\n"
		d, err := Parse([]byte(doc), ParseOptions{Name: "t.md", Now: fixedNow})
		if err != nil {
			t.Fatal(err)
		}
		for n, frag := range tc.want {
			found := false
			for _, p := range d.Provisions {
				if p.Number == n && strings.Contains(p.Text, frag) {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: point %d %q not found in %+v", tc.lang, n, frag, d.Provisions)
			}
		}
	}
}

// TestGershayim checks that a double quote between Hebrew letters is read
// as an abbreviation's mark, and one opening a quotation still opens it.
func TestGershayim(t *testing.T) {
	for _, tc := range []struct {
		s    string
		i    int
		want bool
	}{
		{"נאט\"ו", len("נאט"), true},
		{"אמר \"שלום\"", len("אמר "), false},
		{"NAT\"O", 3, false},
	} {
		if got := gershayim(tc.s, tc.i); got != tc.want {
			t.Errorf("gershayim(%q, %d) = %v, want %v", tc.s, tc.i, got, tc.want)
		}
	}
}
