package corpus

import "testing"

// TestArabicVerbFirstAsides checks Arabic attributions that open on the
// verb and set asides off by commas between the speaker and "إن": a time
// ("، اليوم الأربعاء،"), the speaker's description, which is their role
// when the name came without one ("، الباحث في مركز …،"), a channel
// ("، في تصريح لوكالة …،"), and the clause by which an unnamed source asks
// not to be named; and an agency dateline in Arabic script, which is cut
// from the lead sentence so its verb opens it.
func TestArabicVerbFirstAsides(t *testing.T) {
	ar := "---\ntitle: t\noutlet: وكالة الدلتا\nlang: ar\n---\n\n"
	checkStatements(t, []statementCase{
		{"time aside", ar + "قال المتحدث باسم الخارجية أحمد سالم، اليوم الأربعاء، إن المحادثات ستستمر الأسبوع المقبل.", "أحمد سالم", "المحادثات ستستمر الأسبوع المقبل"},
		{"description and channel asides", ar + "وقال الدكتور كريم منصور، الباحث في مركز الإسكندرية للدراسات، في تصريح لوكالة الدلتا، إن الخطة تحتاج إلى تعديل.", "كريم منصور", "الخطة تحتاج إلى تعديل"},
		{"unnamed with its clause", ar + "وقال دبلوماسي غربي في القاهرة، طلب عدم الكشف عن اسمه، إن المفاوضات معقدة جدا.", unnamedSpeaker, "المفاوضات معقدة جدا"},
		{"dateline in Arabic script", ar + "القاهرة - عمان (وكالة الدلتا) - قال وزير الخارجية أحمد سالم إن الوفد سيعود الأسبوع المقبل.\n", "أحمد سالم", "الوفد سيعود الأسبوع المقبل"},
	})
	ss := statementsOf(t, ar+"وقال الدكتور كريم منصور، الباحث في مركز الإسكندرية للدراسات، إن الخطة غير متوازنة.")
	if len(ss) != 1 || ss[0].Role != "الباحث في مركز الإسكندرية للدراسات" {
		t.Errorf("got %+v, want one statement with the description as role", ss)
	}
	for _, s := range statementsOf(t, ar+"قال المتحدث باسم الخارجية أحمد سالم، اليوم الأربعاء، إن المحادثات ستستمر.") {
		if s.Role == "اليوم الأربعاء" {
			t.Errorf("a time aside taken for the role: %+v", s)
		}
	}
}
