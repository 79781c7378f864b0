package corpus

import "testing"

// TestProvisionsQuizAnswers checks quizzes whose questions carry a number
// label and whose options stand between question and answer, in English
// and Bulgarian: a version one answer compared in passing does not carry
// into the next answer, whose points are of the version the quiz opened
// with.
func TestProvisionsQuizAnswers(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english quiz", doc: "# Quiz: how well do you know the peace plan?\n\nEight questions, answers below each one.\n\n**Question 1. How many points did the original US draft have?**\n\nA) 12 B) 20 C) 28\n\nC. The US draft had 28 points when it leaked.\n\n**Question 2. What cap does the sixth point set?**\n\nA) 250,000 B) 600,000 C) 1,000,000\n\nB. Under the sixth point the army is capped at 600,000. In the European counter-proposal the ceiling is 800,000 in peacetime.\n\n**Question 3. Where would the jets be based?**\n\nA) Romania B) Poland C) Bulgaria\n\nB. Point 9 says European fighter jets will be based in Poland.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "fighter jets will be based in Poland"}}},
		{name: "bulgarian quiz", doc: "# Тест: познавате ли мирния план?\n\nОсем въпроса, отговорите са под всеки въпрос.\n\n**Въпрос 1. Колко точки имаше първоначалният американски проект?**\n\nА) 12 Б) 20 В) 28\n\nВ. Проектът има 28 точки.\n\n**Въпрос 2. Какъв таван определя шеста точка?**\n\nА) 250 000 Б) 600 000 В) 1 000 000\n\nБ. Според шеста точка армията се ограничава до 600 000 души. В европейското контрапредложение таванът е 800 000 в мирно време.\n\n**Въпрос 3. Какво става с АЕЦ?**\n\nТочка 19 гласи, че централата се рестартира под надзора на МААЕ.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 19, Text: "централата се рестартира"}}},
	})
}

// TestQuizStructure checks the two readings the quiz rule adds.
func TestQuizStructure(t *testing.T) {
	for in, want := range map[string]string{
		"Question 4. What happens to the plant?": "What happens to the plant?",
		"Въпрос 4. Какво се случва с АЕЦ?":       "Какво се случва с АЕЦ?",
		"Frage 2: Wer hat den Plan geschrieben?": "Wer hat den Plan geschrieben?",
		"Dr. Smith, what do you think?":          "Dr. Smith, what do you think?",
	} {
		if got := withoutQuestionLabel(in); got != want {
			t.Errorf("withoutQuestionLabel(%q) = %q, want %q", in, got, want)
		}
	}
	for in, want := range map[string]bool{
		"А) 12 Б) 20 В) 28":             true,
		"a) Romania b) Poland c) Spain": true,
		"A) the plan itself":            false,
		"The plan (point 6) caps it.":   false,
	} {
		if got := answerOptions(in); got != want {
			t.Errorf("answerOptions(%q) = %v, want %v", in, got, want)
		}
	}
}
