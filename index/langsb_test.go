package index

import "testing"

// TestLangsBWords: the supplements of translations-langs-b.txt let an
// English question find a report in Swedish, Danish, Finnish, Estonian,
// Latvian, Lithuanian, Croatian or Slovenian that says it in its own
// general words (case forms included, for the languages analysed as
// English), ahead of an English text sharing one word; questions made of
// such words about something else still answer nothing. The texts are
// invented for the test.
func TestLangsBWords(t *testing.T) {
	ix := openTexts(t,
		"---\nlang: sv\n---\n\nStämningen vid mötet i huvudstaden beskrevs som konstruktiv av båda parter.\n",
		"---\nlang: da\n---\n\nUdvalget udskød afstemningen om budgettet til næste uge.\n",
		"---\nlang: fi\n---\n\nPuolustusministeri vieraili sairaalassa torstaina ja lupasi lisää rahaa.\n",
		"---\nlang: et\n---\n\nValitsus kinnitas, et läbirääkimiste voor lükati edasi järgmisse kuusse.\n",
		"---\nlang: lv\n---\n\nDelegāciju vadītāji tikās slepeni ārlietu ministrijas ēkā.\n",
		"---\nlang: lt\n---\n\nPareigūnai atsisakė komentuoti pasiūlymą dėl kalinių apsikeitimo.\n",
		"---\nlang: hr\n---\n\nZastupnici su odbili prijedlog o izvanrednom stanju.\n",
		"---\nlang: sl\n---\n\nPoveljnik je poudaril, da je položaj na bojišču resen, a stabilen.\n",
		"---\nlang: en\n---\n\nThe meeting of the garden club was cancelled.\n\nThe hospital opened a new wing.\n\nThe commander of the sailing team praised the crew.\n",
	)
	for _, c := range []struct{ query, want string }{
		{"constructive atmosphere at the meeting in the capital", "Stämningen"},
		{"committee postponed the budget vote", "Udvalget"},
		{"defence minister visited a hospital", "Puolustusministeri"},
		{"round of talks postponed until next month", "läbirääkimiste"},
		{"heads of delegations met secretly at the foreign ministry", "Delegāciju"},
		{"officials declined to comment on the proposal", "Pareigūnai"},
		{"lawmakers rejected the proposal", "Zastupnici"},
		{"commander stressed the situation is serious", "Poveljnik"},
		{"garden recipe for the weekend", ""},
		{"sailing crew wins the cup final", ""},
	} {
		wantFirst(t, ix, c.query, c.want)
	}
}
