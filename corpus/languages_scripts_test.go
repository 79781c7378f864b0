package corpus

import "testing"

// TestDetectScripts: a body without a lang header written in Hangul,
// Hebrew, Arabic, Han or kana is told by its script (scriptlang.go), not
// guessed among the Latin and Cyrillic languages the vote knows; a Latin
// text quoting a line in one of these scripts keeps its own language.
func TestDetectScripts(t *testing.T) {
	for _, c := range []struct{ want, body string }{
		{"ko", "평화 계획에 따르면 우크라이나는 안보보장을 받게 되며, 러시아에 대한 제재는 단계적으로 해제된다. 정부 대변인은 아직 이 보도에 대해 논평하지 않았다."},
		{"he", "לפי התוכנית, אוקראינה תקבל ערבויות ביטחון, והסנקציות על רוסיה יוסרו בהדרגה. דובר הממשלה טרם הגיב לדיווח."},
		{"ar", "وفقا للخطة، ستحصل أوكرانيا على ضمانات أمنية، وسترفع العقوبات عن روسيا تدريجيا. ولم يعلق المتحدث باسم الحكومة بعد على التقرير."},
		{"zh", "根据该计划，乌克兰将获得安全保障，对俄罗斯的制裁将分阶段解除。政府发言人尚未对此报道发表评论。"},
		{"ja", "計画によると、ウクライナは安全の保証を受け、ロシアへの制裁は段階的に解除される。政府の報道官はこの報道についてまだコメントしていない。"},
		{"fa", "بر اساس این طرح، اوکراین تضمین های امنیتی دریافت می کند و تحریم ها علیه روسیه به تدریج لغو می شود. سخنگوی دولت هنوز به این گزارش واکنش نشان نداده است."},
		{"en", "The Seoul daily ran the headline 평화 계획 above its report, and the government said the plan would give Ukraine security guarantees while sanctions on Russia were lifted in stages."},
	} {
		if got := detectLang(c.body); got != c.want {
			t.Errorf("%s text detected as %q", c.want, got)
		}
	}
}

// TestPointsScripts: the point words of Hebrew (סעיף) and Arabic (البند)
// number a point of the plan as "point 5" does, and the plan's name in
// these languages ("28 סעיפים", "28 بندا") is the US draft. The attached
// markers of Korean (제5항), Chinese (第5条) and Japanese (第5項) are
// not read yet: no path reads a number inside a word.
func TestPointsScripts(t *testing.T) {
	head := func(lang, title string) string {
		return "---\ntitle: t\nlang: " + lang + "\n---\n\n# " + title + "\n\n"
	}
	checkFresh(t, []freshCase{
		{name: "he סעיף 5", doc: head("he", "תוכנית 28 הסעיפים האמריקנית") + "סעיף 5 קובע כי הסנקציות על רוסיה יוסרו בהדרגה.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 5, Text: "הסנקציות על רוסיה"}}},
		{name: "ar البند 5", doc: head("ar", "الخطة الأمريكية المكونة من 28 بندا") + "البند 5: رفع العقوبات عن روسيا تدريجيا.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 5, Text: "رفع العقوبات"}}},
	})
}

// TestSpeakersScripts: the plan's main figures written in Korean,
// Hebrew, Arabic, Chinese and Japanese resolve to the one speaker their
// Latin name does, and no such spelling is claimed by two people.
func TestSpeakersScripts(t *testing.T) {
	lx := lexiconData()
	for name, forms := range map[string][]string{
		"Volodymyr Zelensky": {"젤렌스키", "זלנסקי", "زيلينسكي", "泽连斯基", "ゼレンスキー"},
		"Vladimir Putin":     {"푸틴", "פוטין", "بوتين", "普京", "プーチン"},
		"Donald Trump":       {"트럼프", "טראמפ", "ترامب", "特朗普", "トランプ"},
		"Steve Witkoff":      {"위트코프", "ויטקוף", "ويتكوف", "威特科夫", "ウィトコフ"},
		"Marco Rubio":        {"루비오", "רוביו", "روبيو", "鲁比奥", "ルビオ"},
		"Sergei Lavrov":      {"라브로프", "לברוב", "لافروف", "拉夫罗夫", "ラブロフ"},
		"Dmitry Peskov":      {"페스코프", "פסקוב", "بيسكوف", "佩斯科夫", "ペスコフ"},
		"Rustem Umerov":      {"우메로우", "אומרוב", "عميروف", "乌梅罗夫", "ウメロフ"},
		"Kirill Dmitriev":    {"드미트리예프", "דמיטרייב", "دميترييف", "德米特里耶夫", "ドミトリエフ"},
		"Jared Kushner":      {"쿠슈너", "קושנר", "كوشنر", "库什纳", "クシュナー"},
	} {
		for _, f := range forms {
			p := lx.people[f]
			if p == nil || p.Name != name {
				got := "nobody"
				if p != nil {
					got = p.Name
				}
				t.Errorf("%q resolves to %s, want %s", f, got, name)
			}
		}
	}
}
