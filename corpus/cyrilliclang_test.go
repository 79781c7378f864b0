package corpus

import "testing"

// TestCyrillicByLetters holds the letter check to its cases: a verdict is
// corrected only by enough letters of the other language and none of its
// own, and a Russian letter whose e-mail header misleads the word vote is
// read as Russian.
func TestCyrillicByLetters(t *testing.T) {
	bg := "Министърът на външните работи заяви, че планът трябва да бъде обсъден с европейските партньори. Според него преговорите ще продължат през следващата седмица в Женева, а България ще участва в тях."
	ruQuote := bg + " Песков каза: „Мы это обсудим, но вы должны понять, что это не быстро.“"
	uk := "Міністр закордонних справ заявив, що план має бути обговорений з європейськими партнерами. За його словами, переговори триватимуть наступного тижня в Женеві, і Україна візьме в них участь."
	ru := "Министр иностранных дел заявил, что план должен быть обсуждён с европейскими партнёрами. По его словам, переговоры продолжатся на следующей неделе в Женеве, и мы это учтём."
	for _, c := range []struct {
		name, verdict, text, want string
	}{
		{"russian read as bulgarian", "bg", ru, "ru"},
		{"russian read as ukrainian", "uk", ru, "ru"},
		{"ukrainian read as russian", "ru", uk, "uk"},
		{"ukrainian read as bulgarian", "bg", uk, "uk"},
		{"bulgarian stays", "bg", bg, "bg"},
		{"bulgarian quoting one russian sentence stays", "bg", bg + bg + bg + ruQuote, "bg"},
		{"russian stays", "ru", ru, "ru"},
		{"latin verdict untouched", "en", ru, "en"},
		{"ukrainian with a russian letter stays", "uk", uk + " Вы", "uk"},
	} {
		if got := cyrillicByLetters(c.verdict, c.text); got != c.want {
			t.Errorf("%s: cyrillicByLetters(%q, …) = %q, want %q", c.name, c.verdict, got, c.want)
		}
	}
	letter := "От: Приёмная депутата городской думы А. Б. Кедрова <priemnaya@duma.example>\n" +
		"Кому: ivanov@mail.example\nДата: 12 декабря 2025 г., 10:15\nТема: Ответ на обращение № 77 от 01.12.2025\n\n" +
		"Уважаемый Иван Сергеевич!\n\nВаше обращение по вопросу о сроках службы рассмотрено. Сообщаем, что сведений о " +
		"новых сроках в думу не поступало. Мы направили запрос в областной комиссариат, ответ будет сообщён вам дополнительно. " +
		"Депутат выразил надежду, что вопрос будет решён в ближайшее время, и просил держать его в курсе.\n"
	if got := detectLang(letter); got != "ru" {
		t.Errorf("detectLang(Russian reply letter) = %q, want ru", got)
	}
}
