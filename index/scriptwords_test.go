package index

import "testing"

// TestScriptNewsWords: an English question made of general news words,
// places and names finds a report in Korean, Japanese, Chinese, Arabic or
// Hebrew that says it in its own script (translations-scripts.txt, the
// places and terms at the end of synonyms-scripts.txt, the wide-script
// aliases of speakers.json). Each report names a place no other one
// does, so the first hit tells which report was reached; without these
// lines the questions find nothing or the English distractor. Questions
// off the plan still answer nothing.
func TestScriptNewsWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: ko\n---\n\n대표단은 제네바에서 열린 회담이 매우 생산적이었다고 밝혔다.\n",
		"---\nlang: ko\n---\n\n드리스콜 육군장관은 추수감사절 시한이 유연하다고 말했다.\n",
		"---\nlang: ja\n---\n\nアブダビでの3者協議には米国とロシアの代表団が参加した。\n",
		"---\nlang: ja\n---\n\n次回の協議は中東で開かれる方向で調整が進んでいる。\n",
		"---\nlang: zh\n---\n\n双方在柏林的会晤中未能达成妥协，但同意继续保持接触。\n",
		"---\nlang: ar\n---\n\nوصف الوفد الاجتماع في إسطنبول بأنه مثمر رغم الخلافات.\n",
		"---\nlang: he\n---\n\nהמשלחת אמרה כי השיחות במיאמי הסתיימו ללא פשרה.\n",
		"---\nlang: en\n---\n\nThe football final in Madrid drew a record crowd on Saturday.\n\nThe weather in Lisbon stayed warm all week.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"geneva talks productive", "제네바"},
		{"driscoll thanksgiving deadline", "추수감사절"},
		{"trilateral talks abu dhabi", "アブダビ"},
		{"next round of talks middle east", "中東"},
		{"berlin meeting no compromise", "柏林"},
		{"istanbul meeting productive", "إسطنبول"},
		{"miami talks compromise", "במיאמי"},
		// off the plan: still nothing
		{"chocolate cake recipe", ""},
		{"weather forecast for paris", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
