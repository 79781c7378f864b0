package corpus

import "testing"

// TestListTermVersions checks that a numbered list whose document names no
// version is the version whose catalogue numbers its items agree with, in
// Italian, English and Polish; and that a list whose items state no term at
// their catalogue number keeps the unnamed plan.
func TestListTermVersions(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "italian", doc: "# Piano di pace, la seconda metà dei punti\n\n15. Russia e Stati Uniti creeranno un gruppo di lavoro comune per la sicurezza.\n\n16. La Russia sancirà per legge la non aggressione verso i vicini.\n\n17. Saranno prorogati gli accordi sul controllo degli armamenti nucleari.\n\n18. Scuole e media promuoveranno il rispetto reciproco.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 15, Text: "gruppo di lavoro"}, {Plan: "US 28-point draft", Number: 18, Text: "rispetto reciproco"}}},
		{name: "english", doc: "# Peace plan: the remaining points\n\n18. Ukraine stays a non-nuclear state.\n\n19. The Zaporizhzhia plant restarts under IAEA oversight.\n\n20. Both sides open talks on culture.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 18, Text: "non-nuclear"}, {Plan: "US 28-point draft", Number: 20, Text: "talks on culture"}}},
		{name: "polish", doc: "# Plan pokojowy: dalsze punkty\n\n25. Wybory na Ukrainie odbędą się w ciągu 100 dni.\n\n26. Wszystkie strony otrzymają pełną amnestię.\n\n27. Umowa będzie wiążąca prawnie.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 25, Text: "100 dni"}, {Plan: "US 28-point draft", Number: 27, Text: "wiążąca"}}},
		{name: "numbers disagree", doc: "# Peace plan: the remaining points\n\n3. Ukraine stays a non-nuclear state.\n\n4. The Zaporizhzhia plant restarts under IAEA oversight.\n\n5. Both sides open talks on culture.\n",
			want: []Provision{{Plan: unnamedPlan, Number: 3, Text: "non-nuclear"}}},
	})
}
