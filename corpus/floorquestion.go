package corpus

import "strings"

// What a minute, a hustings report or a hearing's record gives as a
// person's words but is only what they asked: "asked whether the Company
// would reopen its Mykolaiv office", "chiede quali siano i tempi …", "a
// demandé qui contrôlerait la trêve". Such a question says nothing the
// asker holds; released sets S, U, X, ZO, ZT and ZU mark none of them as
// statements. askedWithoutWh already reads the verbs of asking that
// verbs.json did not hold (the Slavic, German and Dutch ones): without a
// question word after them ("fragte, ob …") they are dropped, with one
// ("спросил, кто …") they stay the asker's statement, as stop 44 decided
// for set ZA. floorQuestion covers the verbs verbs.json holds ("asked",
// "chiede", "demandé"), which ask for things as well as questions ("asked
// Ukraine to pull out …", "a demandé aux alliés de …" stay statements).

// floorAskVerbs are grammar.json's verbs of asking, any language, that
// floorQuestion reads as the statement's first word.
var floorAskVerbs = grammarSet("floorAskVerbs")

// floorQuestionWords are grammar.json's interrogative words and the words
// of a yes/no question ("whether", "ob", "czy", "si", "se") that turn a
// verb of asking into a question.
var floorQuestionWords = grammarSet("floorQuestionWords")

// floorQuestion reports whether reported text is a bare indirect
// question: a verb of asking (after an auxiliary at most: "a demandé",
// "ha chiesto") followed at once by a question word, with no quoted words
// in it. Words quoted inside ("demandé s'il était « vraiment possible »
// …", set H) are the asker's and keep the statement; so does a question
// whose verb is followed by where or when it was asked ("pytał w
// mediach społecznościowych, kto właściwie napisał ten plan", sets N and
// ZA): one asked in public, a statement of its own.
func (x *extractor) floorQuestion(text string) bool {
	first := strings.TrimRight(firstField(text), ",")
	if first == "" || first[0] >= 'A' && first[0] <= 'Z' {
		return false // "Asked whether Moscow would accept, Ruiz said no": a participle's clause before what was said
	}
	if !lowerIn(floorAskVerbs, first) && !x.lx.auxiliaries[lowerString(first)] {
		return false // (nearly every text: its first word tells)
	}
	if strings.ContainsAny(text, "\"“”„«»‹›") {
		return false
	}
	var buf [3]string
	f := firstFields(text, buf[:0])
	i := 0
	if len(f) > 0 && x.lx.auxiliaries[lowerString(f[0])] {
		i = 1
	}
	if i+1 >= len(f) || !lowerIn(floorAskVerbs, strings.TrimRight(f[i], ",")) {
		return false
	}
	q := strings.ReplaceAll(strings.Trim(f[i+1], ",:;"), "’", "'")
	return lowerIn(floorQuestionWords, q)
}

// contactLine reports whether reported text is a page's furniture read
// as speech: it holds an e-mail address or a telephone number ("Kelsey
// Marrow, Communications Director kelsey.marrow@…", "segreteria, 035 000
// 0417"), or ends in a web address, as a bibliography's or a source
// list's entry does ("… *Steppe Courier*. https://…"). Sets ZK, ZQ and ZU
// gave such lines to speakers; a statement quoting a post's snippet with
// its link inside (set ZL) does not end in it and stays.
func contactLine(text string) bool {
	if !strings.ContainsAny(text, "@0123456789/") {
		return false
	}
	if at := strings.IndexByte(text, '@'); at > 0 && isWordByte(text[at-1]) && strings.Contains(text[at:min(len(text), at+64)], ".") {
		return true // an address "name@host.tld"; a handle "@name" has nothing before it
	}
	last := text
	if k := strings.LastIndexAny(text, " \n"); k >= 0 {
		last = text[k+1:]
	}
	if strings.HasPrefix(last, "http://") || strings.HasPrefix(last, "https://") || strings.HasPrefix(last, "www.") {
		return true
	}
	return phoneNumber(text)
}

// phoneNumber reports whether text holds a telephone number: three
// groups of digits at least, joined by a space, a hyphen, a dot or a
// bracket, nine digits in all, the last group of four ("(202) 555-0148",
// "035 000 0417"). Thousands are written in groups of three ("800 000",
// "1 200 000"), so no amount reads as one.
func phoneNumber(text string) bool {
	groups, digits, run := 0, 0, 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && isDigit(text[i]) {
			run++
			continue
		}
		if run > 0 {
			groups, digits = groups+1, digits+run
			if groups >= 3 && digits >= 9 && run == 4 {
				return true
			}
		}
		run = 0
		if i < len(text) && strings.IndexByte(" -.()", text[i]) < 0 {
			groups, digits = 0, 0 // the chain of groups ends at any other character
		}
	}
	return false
}
