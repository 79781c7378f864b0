package corpus

// The person a feature is about (issue 12): an interview written up in
// prose introduces its subject in the lead ("Lieutenant General Ian Fox
// spent the last years of his career at NATO …") and then quotes them by
// pronoun only ("\"…,\" he said over coffee."). Nobody has spoken yet, so
// the pronoun found no earlier speaker and the quotation was dropped.
// When nobody has spoken in the document, the one person it has named
// with a title so far, in this paragraph or the one before, is whom the
// pronoun stands for, if their gender does not rule it out.

// ledeSubjectOff disables the rule, for the test that shows it is what
// gives the quotation its speaker.
var ledeSubjectOff bool

// ledeSubject is the one titled person of the document so far when no
// statement has been read and they were named in this paragraph or the
// one before; nil otherwise.
func (x *extractor) ledeSubject(want string) *speaker {
	if ledeSubjectOff || len(x.speakers) > 0 || len(x.out) > 0 || len(x.mentioned) == 0 || x.mentionedAt < x.pos-1 {
		return nil
	}
	var one *speaker
	for _, sp := range x.docMentions() {
		if sp.kind != kindPerson {
			continue
		}
		if one != nil && one.name != sp.name {
			return nil // two people: which one the pronoun means is not known
		}
		one = sp
	}
	if one == nil || one.gender != "" && want != "" && one.gender != want {
		return nil
	}
	return one
}
