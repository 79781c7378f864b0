package corpus

import (
	"strings"
	"testing"
)

// eastDoc parses a small document in lang with the body given.
func eastDoc(t *testing.T, lang, title, body string) *Document {
	t.Helper()
	src := "---\ntitle: " + title + "\nlang: " + lang + "\n---\n\n" + body
	d, err := Parse([]byte(src), ParseOptions{Name: "east.md", Now: fixedNow})
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return d
}

func TestEastAsianStatements(t *testing.T) {
	tests := []eastStatementCase{
		{"ja quote and verb last", "ja",
			"港区の経済学者、山田花子氏は取材に「停戦は春までに実現しうる」と語った。",
			[]eastWant{{"山田花子", "経済学者", "停戦は春までに実現しうる"}}},
		{"ja reported speech and a back-reference", "ja",
			"北村誠外相は、協議は来週再開されると説明した。同氏は「譲歩はしない」とも述べた。",
			[]eastWant{{"北村誠", "外相", "協議は来週再開される"}, {"北村誠", "外相", "譲歩はしない"}}},
		{"ja stance ending and an unnamed source", "ja",
			"外交筋は、草案には修正の余地があるとの見方を示した。",
			[]eastWant{{unnamedSpeaker, "外交筋", "草案には修正の余地がある"}}},
		{"zh verb between speaker and words", "zh",
			"外交部发言人李文涛在例行记者会上表示，各方应保持克制，尽快恢复对话。他还说，中方愿提供帮助。",
			[]eastWant{{"李文涛", "外交部发言人", "各方应保持克制，尽快恢复对话"}, {"李文涛", "外交部发言人", "中方愿提供帮助"}}},
		{"zh quotation after a colon", "zh",
			"联合国特使赵海明对记者说：“时间不多了。”",
			[]eastWant{{"赵海明", "联合国特使", "时间不多了"}}},
		{"ko quotations joined and a pronoun", "ko",
			"한국외교연구소의 박민수 연구원은 \"협상은 길어질 것\"이라며 \"서두를 필요는 없다\"고 말했다. 그는 휴전 감시가 핵심이라고 덧붙였다.",
			[]eastWant{{"박민수", "연구원", "협상은 길어질 것"}, {"박민수", "연구원", "서두를 필요는 없다"}, {"박민수", "연구원", "휴전 감시가 핵심이라고"}}},
		{"ko unnamed official and this official", "ko",
			"국방부 관계자는 \"추가 지원을 검토하고 있다\"고 밝혔다. 이 관계자는 결정이 이르면 다음 달 나올 것이라고 전했다.",
			[]eastWant{{unnamedSpeaker, "국방부 관계자", "추가 지원을 검토하고 있다"}, {unnamedSpeaker, "국방부 관계자", "결정이 이르면 다음 달 나올 것이라고"}}},
		{"ko stance is part of what was said", "ko",
			"최은지 대변인은 회담 일정은 아직 정해지지 않았다는 입장을 밝혔다.",
			[]eastWant{{"최은지", "대변인", "정해지지 않았다는 입장을 밝혔다"}}},
	}
	runEastStatements(t, tests)
}

func TestEastAsianNoStatement(t *testing.T) {
	tests := []struct{ name, lang, body string }{
		{"ja a topic that is no speaker", "ja", "和平案は三つの段階からなると説明した。"},
		{"ja a name inside another noun", "ja", "トランプ政権は、制裁を続けると発表した。"},
		{"zh according to reports", "zh", "据报道，双方同意继续谈判。"},
		{"ko a verb without reported words", "ko", "김지훈 교수는 그 문제를 말했다."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if d := eastDoc(t, tc.lang, "test", tc.body); len(d.Statements) != 0 {
				t.Errorf("got %+v, want none", d.Statements)
			}
		})
	}
}

func TestEastAsianSpeakerLexicon(t *testing.T) {
	tests := []struct{ lang, phrase, name, role string }{
		{"ja", "ドイツのメルツ首相", "Friedrich Merz", "ドイツ首相"},
		{"ja", "ペスコフ大統領報道官", "Dmitry Peskov", "大統領報道官"},
		{"zh", "俄罗斯总统助理乌沙科夫", "Yuri Ushakov", "俄罗斯总统助理"},
		{"ko", "유리 우샤코프 크렘린궁 외교정책 보좌관", "Yuri Ushakov", "크렘린궁 외교정책 보좌관"},
		{"ko", "크렘린궁의 드미트리 페스코프 대변인", "Dmitry Peskov", "크렘린궁 대변인"},
	}
	for _, tc := range tests {
		r := &eastReader{l: eastAsianData()[tc.lang], lang: tc.lang, roles: map[string]string{}}
		sp := r.resolve(tc.phrase)
		if sp == nil || sp.name != tc.name || sp.role != tc.role {
			t.Errorf("resolve(%q) = %+v, want %s (%s)", tc.phrase, sp, tc.name, tc.role)
		}
	}
}

func TestEastAsianPoints(t *testing.T) {
	type want struct {
		plan string
		n    int
		text string
	}
	tests := []struct {
		name, lang, title, body string
		want                    []want
	}{
		{"ja two points in a sentence", "ja", "28項目の和平案",
			"第4項は国境の監視団を置くと定めた。9項目目では捕虜を全員交換するとし、第12項は復興基金の設立を求めた。",
			[]want{{"28-point", 4, "国境の監視団を置く"}, {"28-point", 9, "捕虜を全員交換する"}, {"28-point", 12, "復興基金の設立"}}},
		{"zh Chinese numerals", "zh", "28点计划",
			"计划第五点规定，双方交换全部战俘。第二十点要求设立联合委员会。",
			[]want{{"28-point", 5, "双方交换全部战俘"}, {"28-point", 20, "设立联合委员会"}}},
		{"ko a point named then set out, and the other version", "ko", "28개 항 평화안",
			"가장 주목받는 것은 제9항이다. 이 조항은 포로 전원 교환을 담았다. 제3항은 국경 감시단을 두도록 했다. 유럽 수정안은 감시단 규모를 늘렸다.",
			[]want{{"28-point", 9, "포로 전원 교환을 담았다"}, {"28-point", 3, "국경 감시단을 두도록 했다"}, {"counter-proposal", 3, "감시단 규모를 늘렸다"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := eastDoc(t, tc.lang, tc.title, tc.body)
			if len(d.Provisions) != len(tc.want) {
				t.Fatalf("got %d provisions %+v, want %d", len(d.Provisions), d.Provisions, len(tc.want))
			}
			for i, w := range tc.want {
				p := d.Provisions[i]
				if !strings.Contains(p.Plan, w.plan) || p.Number != w.n || !strings.Contains(p.Text, w.text) {
					t.Errorf("provision %d = %q %d %q, want %q %d %q", i, p.Plan, p.Number, p.Text, w.plan, w.n, w.text)
				}
			}
		})
	}
}

func TestEastNumber(t *testing.T) {
	for in, want := range map[string]int{"6": 6, "１２": 12, "六": 6, "十": 10, "十二": 12, "二十一": 21, "x": 0} {
		if got := eastNumber(in); got != want {
			t.Errorf("eastNumber(%q) = %d, want %d", in, got, want)
		}
	}
}

func TestLooksLikeHeadingCJKSentence(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"外相は「交渉を続ける」と述べた。", false},
		{"各方表示愿意继续谈判。", false},
		{"主な内容", true},
	}
	for _, tc := range tests {
		if got := looksLikeHeading(tc.s); got != tc.want {
			t.Errorf("looksLikeHeading(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestEastAsianMoreShapes(t *testing.T) {
	tests := []eastStatementCase{
		{"ja polite ending and a subject with が", "ja",
			"中島亮介防衛相が「部隊の派遣は考えていない」と述べました。",
			[]eastWant{{"中島亮介", "防衛相", "部隊の派遣は考えていない"}}},
		{"ja according to a source", "ja",
			"米政府関係者によると、次の会合は月内に開かれるという。",
			[]eastWant{{unnamedSpeaker, "米政府関係者", "次の会合は月内に開かれる"}}},
		{"ja surname alone later", "ja",
			"大阪の歴史学者、西村早苗氏は「合意は脆い」と話した。西村氏は「監視が鍵だ」とも述べた。",
			[]eastWant{{"西村早苗", "歴史学者", "合意は脆い"}, {"西村早苗", "歴史学者", "監視が鍵だ"}}},
		{"zh according to an unnamed source", "zh",
			"据知情人士透露，双方已就换俘达成初步共识。",
			[]eastWant{{unnamedSpeaker, "知情人士", "双方已就换俘达成初步共识"}}},
		{"ko subject with 이 and a surname with the title", "ko",
			"정하늘 교수가 \"안보 보장이 먼저\"라고 말했다. 정 교수는 서명이 늦어질 수 있다고 덧붙였다.",
			[]eastWant{{"정하늘", "교수", "안보 보장이 먼저"}, {"정하늘", "교수", "서명이 늦어질 수 있다고"}}},
		{"ko dateline in brackets", "ko",
			"[서울=가람뉴스] 윤서진 기자 = 한서준 대변인은 \"회의는 예정대로 열린다\"고 밝혔습니다.",
			[]eastWant{{"한서준", "대변인", "회의는 예정대로 열린다"}}},
	}
	runEastStatements(t, tests)
}

func TestEastAsianQuotativeAndMemory(t *testing.T) {
	type want struct {
		speaker, role, text string
		direct              bool
	}
	tests := []struct {
		name, lang, body string
		want             []want
	}{
		{"ja any verb after 」と, and the employer before the name", "ja",
			"港湾研究所の高木真一上席研究員は「補給路が焦点だ」と首をかしげた。",
			[]want{{"高木真一", "上席研究員", "補給路が焦点だ", true}}},
		{"ja a quotation said on the way", "ja",
			"岡田守外相は「話し合いは続く」と語り、期限については「決まっていない」と述べた。",
			[]want{{"岡田守", "外相", "話し合いは続く", true}, {"岡田守", "外相", "決まっていない", true}}},
		{"ja the country before the title joins the role", "ja",
			"フランスのマクロン大統領は、対話を続けると述べた。",
			[]want{{"Emmanuel Macron", "フランス大統領", "対話を続ける", false}}},
		{"zh a quotation ending in a stop ends the sentence, the name alone later", "zh",
			"欧盟特使孙立伟表示，谈判已进入关键阶段。孙立伟说：“我们需要耐心。”他同时表示，各方应避免升级。",
			[]want{{"孙立伟", "欧盟特使", "谈判已进入关键阶段", false}, {"孙立伟", "欧盟特使", "我们需要耐心", true}, {"孙立伟", "欧盟特使", "各方应避免升级", false}}},
		{"ko any verb after a reported clause, an institution", "ko",
			"우크라이나 외무부는 러시아의 공격이 협상을 해치고 있다고 규탄했다.",
			[]want{{"우크라이나 외무부", "", "협상을 해치고 있다고", false}}},
		{"ko the name before the employer and the title", "ko",
			"강민재 한국안보연구원 연구위원은 \"시간은 우크라이나 편이 아니다\"라고 내다봤다.",
			[]want{{"강민재", "한국안보연구원 연구위원", "시간은 우크라이나 편이 아니다", true}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := eastDoc(t, tc.lang, "test", tc.body)
			if len(d.Statements) != len(tc.want) {
				t.Fatalf("got %d statements %+v, want %d", len(d.Statements), d.Statements, len(tc.want))
			}
			for i, w := range tc.want {
				s := d.Statements[i]
				if s.Speaker != w.speaker || !strings.Contains(s.Role, w.role) || !strings.Contains(s.Text, w.text) || s.Direct != w.direct {
					t.Errorf("statement %d = %q (%q) %q %v, want %q (%q) %q %v", i, s.Speaker, s.Role, s.Text, s.Direct, w.speaker, w.role, w.text, w.direct)
				}
			}
		})
	}
}

func TestEastAsianUnnamedPlan(t *testing.T) {
	// a document naming a plan in general, no version the lexicon knows
	d := eastDoc(t, "ko", "회담 소식", "새 평화안 제4항은 포로 교환을 규정한다. 제9항에는 재건 기금이 담겼다.")
	if len(d.Provisions) != 2 || d.Provisions[0].Plan != unnamedPlan || d.Provisions[1].Number != 9 {
		t.Fatalf("got %+v", d.Provisions)
	}
	// a numbered article of something that is no plan is not a point
	d = eastDoc(t, "ja", "憲法論議", "憲法第9条は戦力の不保持を定めている。")
	if len(d.Provisions) != 0 {
		t.Fatalf("got %+v", d.Provisions)
	}
}

func TestCJKItemMarker(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"１．主権を確認する", "1. 主権を確認する", true},
		{"12．監視団を置く", "12. 監視団を置く", true},
		{"三、北约不再扩大。", "3. 北约不再扩大。", true},
		{"十二、设立委员会", "12. 设立委员会", true},
		{"（四）交换战俘", "4. 交换战俘", true},
		{"④ 재건 기금", "4. 재건 기금", true},
		{"1. already read by listItem", "", false},
		{"一方、ロシアは", "", false},
		{"三方会谈举行", "", false},
	}
	for _, tc := range tests {
		got, ok := cjkItemMarker(tc.in)
		if ok != tc.ok || got != tc.want {
			t.Errorf("cjkItemMarker(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

func TestEastAsianQuoteFirst(t *testing.T) {
	d := eastDoc(t, "zh", "test", "“这份文件还需要修改。”一位欧洲外交官说。“停火必须先行。”欧盟特使孙立伟表示。")
	if len(d.Statements) != 2 {
		t.Fatalf("got %+v", d.Statements)
	}
	if s := d.Statements[0]; s.Speaker != unnamedSpeaker || !strings.Contains(s.Role, "外交官") || s.Text != "这份文件还需要修改" || !s.Direct {
		t.Errorf("got %+v", s)
	}
	if s := d.Statements[1]; s.Speaker != "孙立伟" || s.Text != "停火必须先行" {
		t.Errorf("got %+v", s)
	}
}

func TestEastAsianRolePrefix(t *testing.T) {
	tests := []struct{ lang, phrase, role string }{
		{"ko", "이날 도널드 트럼프 대통령", "대통령"},              // a time word is not whose the title is
		{"ko", "한편 크렘린궁의 드미트리 페스코프 대변인", "크렘린궁 대변인"}, // a lead adverb, then a genitive
		{"ja", "一方、ロシアのプーチン大統領", "ロシア大統領"},
	}
	for _, tc := range tests {
		r := &eastReader{l: eastAsianData()[tc.lang], lang: tc.lang, roles: map[string]string{}}
		if sp := r.resolve(tc.phrase); sp == nil || sp.role != tc.role {
			t.Errorf("resolve(%q) = %+v, want role %q", tc.phrase, sp, tc.role)
		}
	}
}

// eastStatementCase is one document of a statement table: its
// statements, in order, must be want's.
type eastStatementCase struct {
	name, lang, body string
	want             []eastWant
}

// eastWant is one expected statement: the speaker exactly, the role and
// text as parts of what was read.
type eastWant struct{ speaker, role, text string }

// runEastStatements reads each case's body as a document of its language
// and checks its statements against want.
func runEastStatements(t *testing.T, tests []eastStatementCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := eastDoc(t, tc.lang, "test", tc.body)
			if len(d.Statements) != len(tc.want) {
				t.Fatalf("got %d statements %+v, want %d", len(d.Statements), d.Statements, len(tc.want))
			}
			for i, w := range tc.want {
				s := d.Statements[i]
				if s.Speaker != w.speaker || !strings.Contains(s.Role, w.role) || !strings.Contains(s.Text, w.text) {
					t.Errorf("statement %d = %q (%q) %q, want %q (%q) %q", i, s.Speaker, s.Role, s.Text, w.speaker, w.role, w.text)
				}
			}
		})
	}
}
