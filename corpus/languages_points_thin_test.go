package corpus

import "testing"

// TestPointsThinLanguages checks point words, ordinals and plan names in
// Indonesian, Vietnamese and Hungarian as data: "Poin 21" and the ordinal
// word "Poin kesembilan", "Điểm 21" and "Điểm thứ 25" (thứ before the
// number, pointrefs.json ordinalPrefixes), "A hatodik pont" whose figure
// after the point word is no number of a point, and the version named as
// the languages' news names it ("rencana 28 poin", "draf awal", "Kế hoạch
// 28 điểm").
func TestPointsThinLanguages(t *testing.T) {
	head := func(lang, title string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n# " + title + "\n\n"
	}
	checkFresh(t, []freshCase{
		{name: "id poin number", doc: head("id", "Rencana 28 poin buatan Amerika") + "Poin 14 menyatakan dana 100 miliar dolar dari aset Rusia yang dibekukan akan diinvestasikan di Ukraina.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "aset Rusia yang dibekukan"}}},
		{name: "id poin ordinal word", doc: head("id", "Rencana 28 poin buatan Amerika") + "Poin ketujuh menyatakan Ukraina tidak akan bergabung dengan NATO.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "tidak akan bergabung dengan NATO"}}},
		{name: "id poin ke-", doc: head("id", "Rencana 28 poin buatan Amerika") + "Poin ke-24 mengatur pertukaran semua tahanan.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 24, Text: "pertukaran semua tahanan"}}},
		{name: "vi điểm number", doc: head("vi", "Kế hoạch 28 điểm của Mỹ") + "Điểm 14 quy định 100 tỷ USD tài sản bị đóng băng của Nga sẽ được đầu tư vào Ukraine.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "tài sản bị đóng băng"}}},
		{name: "vi điểm thứ", doc: head("vi", "Kế hoạch 28 điểm của Mỹ") + "Điểm thứ 24 yêu cầu trao đổi toàn bộ tù nhân.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 24, Text: "trao đổi toàn bộ tù nhân"}}},
		{name: "hu ordinal, figure after the point word", doc: head("hu", "A 28 pontos amerikai béketerv") + "A hatodik pont 600 ezer katonában korlátozná az ukrán hadsereget.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600 ezer katonában"}}},
	})
	for _, c := range []struct{ text, want string }{
		{"rencana perdamaian 28 poin", "US 28-point draft"},
		{"Poin 21 dalam draf awal", "US 28-point draft"},
		{"Kế hoạch 28 điểm ban đầu của Mỹ", "US 28-point draft"},
		{"dalam versi Eropa", "European counter-proposal"},
	} {
		if got, _ := planFor(c.text); got != c.want {
			t.Errorf("planFor(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// TestArabicOrdinalPoints checks Arabic points named by an ordinal after
// the point word with the verb or an according word before it: a unit
// ("بندها السابع"), a teen written unit first ("البند الرابع عشر"), and a
// twenty written unit then tens ("البند الخامس والعشرون"); and the plan's
// name "خطة النقاط الـ28".
func TestArabicOrdinalPoints(t *testing.T) {
	head := "---\ntitle: t\nlang: ar\n---\n\n# خطة النقاط الـ28\n\n"
	checkFresh(t, []freshCase{
		{name: "verb, document, its clause", doc: head + "تنص الخطة الأمريكية في بندها السابع على أن تتخلى أوكرانيا عن الانضمام إلى الناتو.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 7, Text: "الانضمام إلى الناتو"}}},
		{name: "according, teen", doc: head + "وبحسب البند الرابع عشر، تُستثمر الأموال المجمدة في إعادة الإعمار.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 14, Text: "الأموال المجمدة"}}},
		{name: "verb, unit and tens", doc: head + "ويدعو البند الخامس والعشرون إلى إجراء انتخابات خلال 100 يوم.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "إجراء انتخابات"}}},
	})
}

// TestRewriteAfterPointThinLanguages checks the European rewrite told in
// the sentence right after a US point, in Vietnamese and Arabic: the
// sentence names the European text at its head (plans.json
// rewriteLanguages) and states a term the catalogue gives the
// counter-proposal at that number (planterms.json, with the languages'
// stems), so it is that point of the counter-proposal.
func TestRewriteAfterPointThinLanguages(t *testing.T) {
	head := func(lang, title string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n# " + title + "\n\n"
	}
	checkFresh(t, []freshCase{
		{name: "vi contact line", doc: head("vi", "Kế hoạch 28 điểm của Mỹ") + "Điểm 21 của bản dự thảo quy định Donetsk được công nhận là lãnh thổ của Nga. Bản đề xuất của châu Âu thì cho rằng đàm phán phải bắt đầu từ đường tiếp xúc.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 21}, {Plan: "European counter-proposal", Number: 21, Text: "đường tiếp xúc"}}},
		{name: "vi elections", doc: head("vi", "Kế hoạch 28 điểm của Mỹ") + "Điểm 25 yêu cầu tổ chức bầu cử trong vòng 100 ngày. Phía châu Âu muốn bầu cử diễn ra càng sớm càng tốt.\n",
			want: []Provision{{Plan: "European counter-proposal", Number: 25, Text: "càng sớm càng tốt"}}},
		{name: "ar army ceiling", doc: head("ar", "خطة النقاط الـ28") + "تنص الخطة الأمريكية في بندها السادس على تحديد الجيش الأوكراني بـ600 ألف جندي. أما النص الأوروبي فيرفع السقف إلى 800 ألف.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6}, {Plan: "European counter-proposal", Number: 6, Text: "800 ألف"}}},
	})
}
