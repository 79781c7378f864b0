package corpus

import (
	"strings"
	"testing"
)

// TestChineseSpeakersMore checks Chinese attributions: a title written
// after a known name ("特朗普总统"), a clause before the name that is no
// title ("被问及…时，特朗普回答说"), "称" opening what was said after a
// comma that closes the speaker's clause ("…发表视频讲话，称…"), a time
// after the name ("鲁比奥会后说"), and a demonstrative written onto a
// title ("这位俄罗斯总统同时表示") meaning the person just quoted, not
// another speaker whose title only ends the same way.
func TestChineseSpeakersMore(t *testing.T) {
	for _, c := range []struct {
		name, body, speaker, role, fragment string
	}{
		{"title after the name", "特朗普总统对记者说，谈判应在月底前结束。", "Donald Trump", "总统", "谈判应在月底前结束"},
		{"clause before the name", "被问及期限时，特朗普回答说，这不是最后期限。", "Donald Trump", "", "这不是最后期限"},
		{"称 after a comma", "泽连斯基总统当晚发表讲话，称乌克兰不会放弃领土。", "Volodymyr Zelensky", "总统", "乌克兰不会放弃领土"},
		{"time after the name", "鲁比奥会后说，双方仍有分歧。", "Marco Rubio", "", "双方仍有分歧"},
		{"demonstrative and title", "俄总统助理乌沙科夫说，会谈很有益。普京对记者说，停火需要时间。这位俄罗斯总统同时表示，制裁必须取消。", "Vladimir Putin", "", "制裁必须取消"},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := eastDoc(t, "zh", "test", c.body)
			for _, s := range d.Statements {
				if s.Speaker == c.speaker && strings.Contains(s.Role, c.role) && strings.Contains(s.Text, c.fragment) {
					if c.role == "" && strings.Contains(s.Role, "，") || strings.Contains(s.Role, "被问及") {
						t.Errorf("role %q holds the clause before the name", s.Role)
					}
					return
				}
			}
			t.Errorf("no statement of %s (%s) with %q in %+v", c.speaker, c.role, c.fragment, d.Statements)
		})
	}
}

// TestJapaneseCopulaAfterPoint checks that a point named with a copula
// ("…第21項です。") is read as named, its terms in the sentence after, and
// that the copula is not cut as a particle ("で") leaving "す" as the
// point's text.
func TestJapaneseCopulaAfterPoint(t *testing.T) {
	d := eastDoc(t, "ja", "28項目の和平案", "28項目の和平案で焦点となるのは第24項です。すべての捕虜を交換するという内容です。")
	for _, p := range d.Provisions {
		if p.Text == "す" || p.Text == "" {
			t.Errorf("point %d read with text %q", p.Number, p.Text)
		}
	}
	for _, p := range d.Provisions {
		if p.Number == 24 && strings.Contains(p.Text, "捕虜を交換する") {
			return
		}
	}
	t.Errorf("no point 24 with the sentence after it in %+v", d.Provisions)
}
