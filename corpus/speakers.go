// Speaker resolution: a subject phrase becomes a canonical speaker, with
// titles split off into the role, pronouns and role nouns resolved to a
// person named earlier, and spelling variants mapped to one name.

package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// particles stand inside a name ("von der Leyen"); other scripts' come
// from data/speakernames.json (speakernames.go).
var particles = withNameParticles(map[string]bool{"von": true, "der": true, "de": true, "van": true, "bin": true, "al": true, "da": true, "di": true, "la": true, "le": true, "del": true, "degli": true, "della": true, "dei": true, "delle": true})

// appositive resolves "NAME, the Kremlin spokesman," and "European leaders,
// including A, B and C," (pre ends with the comma before the verb).
func (x *extractor) appositive(pre string) *speaker {
	pre = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(pre), ","))
	if sp := x.mannerAside(pre); sp != nil {
		return sp // "O chanceler Friedrich Merz, mais cauteloso, disse": the aside is how, not who (viaperson.go)
	}
	if sp := x.viaPerson(pre); sp != nil {
		return sp // "Il Cremlino, tramite il consigliere X, ha fatto sapere": X's words (viaperson.go)
	}
	if sp := x.agedAside(pre); sp != nil {
		return sp // "Hana Kovač, 41, a nurse in Kharkiv, said": the age is no part of the name (agedaside.go)
	}
	if sp := x.relationAppos(pre); sp != nil {
		return sp // "Her brother, a nurse in Lviv, said": the relative's words (relationappos.go)
	}
	if u := x.lastUnnamed; u != nil && x.recent(u, 1) {
		// "One of them, a Russian official who asked not to be named,
		// said": one of the sources just cited
		if h, _, ok := strings.Cut(pre, ", "); ok {
			if ht := tokenize(h); oneOfThem(ht) {
				return u
			}
		}
	}
	for _, marker := range []string{", including ", " including ", ", such as ", ", among them "} {
		i := strings.Index(pre, marker)
		if i < 0 {
			continue
		}
		head := strings.TrimSpace(pre[:i])
		htoks := tokenize(head)
		if len(htoks) == 0 {
			return nil
		}
		group := x.subjectOfHead(head, htoks)
		if group == nil || group.kind == kindPerson {
			return nil
		}
		var members, names []string
		for _, m := range splitList(pre[i+len(marker):]) {
			mt := tokenize(m)
			if len(mt) == 0 {
				continue
			}
			sp := x.classify(mt, false)
			if sp == nil || sp.kind != kindPerson {
				continue
			}
			entry := sp.name
			if sp.role != "" {
				entry += " (" + sp.role + ")"
			}
			members = append(members, entry)
			names = append(names, sp.name)
		}
		if len(members) > 0 {
			group = &speaker{name: group.name, kind: kindGroup, role: "including " + strings.Join(members, ", "), members: names}
		}
		return group
	}
	i := strings.LastIndex(pre, ", ")
	if i < 0 {
		return nil
	}
	head, appos := strings.TrimSpace(pre[:i]), strings.TrimSpace(pre[i+2:])
	atoks := tokenize(appos)
	htoks := tokenize(head)
	if len(htoks) == 0 || len(atoks) == 0 {
		return nil
	}
	if !isCapital(atoks[0].word) && x.allNames(atoks) && x.roleLike(tokWords(htoks)) {
		// "La présidente de la Commission, von der Leyen,": the title,
		// then a known person by particles and surname; read before the
		// lower-case particle is taken for an aside (particlename.go)
		if sp := x.classify(atoks, false); sp != nil && sp.kind == kindPerson {
			if sp.role == "" {
				sp.role = cleanRole(head)
				x.people[sp.name] = sp
			}
			return sp
		}
	}
	if sp := x.frontedTitle(head, atoks, appos); sp != nil {
		return sp // "In Johannesburg, the British prime minister, Keir Starmer," (fronted.go)
	}
	if !isCapital(atoks[0].word) && x.lx.accordingAsides[lowerWord(atoks[0])] {
		// "Giorgia Meloni, secondo il notiziario, ha detto …": the channel
		// that relayed the words stands between the speaker and the verb;
		// only a named person is read so, as "Голова комітету, за словами
		// учасників, запропонував …" is the participants' account of an
		// unnamed chair
		if sp := x.subjectOfHead(head, htoks); sp != nil && sp.kind == kindPerson && sp.name != unnamedSpeaker {
			return sp
		}
	}
	if lowerIn(x.lx.adverbs, appos) || !isCapital(atoks[0].word) && x.lx.asides[lowerWord(atoks[0])] && !x.roleLike(tokWords(atoks)) {
		// "Zelensky, in his nightly address, said": a channel, not a role
		// "Зеленский, в свою очередь, заявил": a parenthetical, not a role
		if strings.Contains(head, ", ") {
			// "Ірина Кравець, членкиня комітету, у коментарі Укрінформу
			// зазначила": the appositive before the channel
			if sp := x.appositive(head); sp != nil {
				return sp
			}
		}
		return x.subjectOfHead(head, htoks)
	}
	if atoks[0].low == "who" || atoks[0].low == "which" || clauseOpener(atoks[0]) && !isCapital(atoks[0].word) && !strings.Contains(pre, ", who ") {
		if j := strings.Index(pre, ", "+atoks[0].raw+" "); j >= 0 && atoks[0].low != "who" && atoks[0].low != "which" {
			// "Рустем Умєров, який очолював делегацію, повідомив": the
			// head speaks, whatever the relative clause holds
			head = strings.TrimSpace(pre[:j])
			htoks = tokenize(head)
			if strings.Contains(head, ", ") {
				// "Rustem Umérov, secretario del Consejo, que sustituye a
				// Andrí Yermak, escribió": the name and its title before
				// the relative clause, as with "who" below; read as one
				// subject they name no one, and the sentence went to the
				// last speaker
				if sp := x.appositive(head); sp != nil {
					return sp
				}
			}
			return x.subjectOfHead(head, htoks)
		}
		// "Zelensky, who met Rubio on Sunday, said": the head speaks;
		// a relative clause may itself hold commas, so take the
		// head's own last phrase.
		if j := strings.Index(pre, ", who "); j >= 0 {
			head = strings.TrimSpace(pre[:j])
			htoks = tokenize(head)
			if strings.Contains(head, ", ") {
				// "Kirill Dmitriev, head of the Russian Direct Investment
				// Fund, who sat in on the talks, wrote": the name and title
				if sp := x.appositive(head); sp != nil {
					return sp
				}
			}
		}
		return x.subjectOfHead(head, htoks)
	}
	if isGerund(atoks[0].low) && !isCapital(atoks[0].word) && !x.lx.isRole(atoks[0].low) {
		// "Putin, speaking in Bishkek, said", "Meloni, parlando a margine
		// del G20, ha detto": a participle clause; not a title word shaped
		// as one ("Тихомиров, бывший дипломат, заявил": "бывший" is
		// "former", an old participle)
		if j := strings.LastIndex(head, ", "); j >= 0 && isGerund(lowerString(firstWord(pre[j+2:]))) {
			head = strings.TrimSpace(head[:j])
			htoks = tokenize(head)
		}
		return x.subjectOfHead(head, htoks)
	}
	if x.allNames(atoks) {
		post := x.roleLike(tokWords(htoks)) || describedPost(htoks)
		if !post {
			if k := x.definitePost(htoks); k >= 0 {
				// "The greenkeeper, Stan Wheelwright, said": a post no
				// list holds (apposdefinite.go)
				head, htoks, post = head[htoks[k].start:], htoks[k:], true
			}
		}
		if post {
			// "The EU's top diplomat, Kaja Kallas, said": role, then name;
			// "Our treasurer, Alan Prideaux, warned": a post (describedpeople.go)
			sp := x.classify(atoks, false)
			if sp == nil || sp.kind != kindPerson {
				return nil
			}
			if sp.role == "" {
				sp.role = cleanRole(head)
				x.people[sp.name] = sp
			}
			return sp
		}
	}
	if sp := x.appositiveMore(head, htoks, atoks); sp != nil {
		return sp // a rank before the name, an institution's own appositive (apposchain.go)
	}
	if sp := x.describedTitledName(head, htoks, atoks); sp != nil {
		return sp // "Gospodarz spotkania, brytyjski premier Keir Starmer," (apposdescribed.go)
	}
	if len(atoks) > 16 || !x.roleLike(tokWords(atoks)) { // "a Russia analyst at the Nordic Institute for … in Oslo"
		if sp := x.affiliationAppos(head, htoks, atoks); sp != nil {
			return sp // "Olena Kotlyar, dell'opposizione, ci spiega" (affilappos.go)
		}
		if sp := x.circumstanceAppos(head, htoks, atoks); sp != nil {
			return sp // "Steve Witkoff, présent à l'Elysée, a déclaré" (circumstance.go)
		}
		if sp := x.possessiveAppos(head, htoks, atoks); sp != nil {
			return sp // "Антон Гуров, наш завхоз, считает" (possessiverole.go)
		}
		if sp := x.describedPerson(head, htoks, atoks); sp != nil {
			return sp // "Olena Hollis, a councillor, said" (apposnoun.go)
		}
		if sp := x.definitePerson(head, htoks, atoks); sp != nil {
			return sp // "Kevin Doyle, the fitter, said" (apposdefinite.go)
		}
		return x.barePost(head, htoks, atoks) // "Aldo Pedretti, socio dal 1978, ha detto" (barepost.go)
	}
	for k := 1; k < len(atoks); k++ {
		if l := atoks[k].low; l == "who" || l == "which" || x.lx.relPronouns[l] {
			// "the Kremlin's investment envoy who helped shape the
			// text": the relative clause is no part of the title
			appos = strings.TrimSpace(appos[:atoks[k].start])
			break
		}
	}
	sp := x.subjectOfHead(head, htoks)
	if sp == nil || sp.kind != kindPerson {
		return nil
	}
	// "Senator Alan Brooks, a Republican on the committee,": both
	if sp.role != "" && !strings.Contains(appos, sp.role) {
		sp.role += ", " + cleanRole(appos)
	} else {
		sp.role = cleanRole(appos)
	}
	x.people[sp.name] = sp
	return sp
}

func firstWord(s string) string {
	for w := range strings.FieldsSeq(s) {
		return w
	}
	return ""
}

// allNames reports whether every token is a capitalised word that is not a
// title: "Kaja Kallas", not "the Kremlin spokesman". A known person named
// by particles and surname is all name too: "La présidente de la
// Commission, von der Leyen," (particlename.go).
func (x *extractor) allNames(ts []tok) bool {
	if len(ts) == 0 || len(ts) > 4 {
		return false
	}
	if len(ts) > 1 && !isCapital(ts[0].word) && x.nameParticle(lowerWord(ts[0])) && x.knownParticleName(lowerString(strings.Join(tokWords(ts), " "))) {
		return true
	}
	for _, t := range ts {
		if !isCapital(t.word) || x.lx.isRole(t.low) || x.lx.bodyWords[t.low] || x.lx.groupNouns[t.low] {
			return false
		}
	}
	return true
}

// roleLike says whether words read as a title ("the Kremlin spokesman",
// "Ukraine's chief negotiator"): they name a role and hold no speech verb.
func (x *extractor) roleLike(words []string) bool {
	has := false
	for _, w := range words {
		l := lowerString(w)
		if x.lx.sayVerbs[l] || x.lx.actVerbs[l] {
			return false
		}
		if x.lx.isRole(l) || x.lx.bodyWords[l] {
			has = true
		}
	}
	return has
}

func cleanRole(r string) string {
	r = strings.TrimSpace(r)
	if w, rest, ok := strings.Cut(r, " "); ok && lowerIn(roleArticles, w) {
		r = rest // "the", "A", "le", "der", "ein": not part of the title
	}
	return strings.Trim(r, " ,;:")
}

// splitList splits "A, B, and C" into its members.
func splitList(s string) []string {
	var out []string
	for part := range strings.SplitSeq(s, ", ") {
		part = strings.TrimSpace(part)
		for _, sub := range strings.Split(part, " and ") {
			sub = strings.TrimSpace(strings.TrimPrefix(sub, "and "))
			if sub != "" {
				out = append(out, sub)
			}
		}
	}
	return out
}

// classifyRead turns a subject phrase into a speaker: a pronoun resolved to the
// last speaker of its kind, a known body, a group, or a person with the
// title split off into the role.
func (x *extractor) classifyRead(phrase []tok, sentenceStart bool) *speaker {
	if len(phrase) == 0 {
		return nil // a caller cut everything away: no one is named
	}
	if objectVerbAt(phrase) > 0 {
		return nil // "Президент подякував США": a verb and its object, no one person (objectverb.go)
	}
	if sp, ok := x.caselessSpeaker(phrase); ok {
		return sp // Arabic, Hebrew: no capital marks the name (caseless.go)
	}
	if n := pronounLeadCut(phrase); n > 0 {
		return x.classify(phrase[n:], sentenceStart) // "On X he wrote": the place is not who (pronounlead.go)
	}
	if len(phrase) >= 3 && isCapital(phrase[0].word) && x.afterEveWord(phrase[0]) {
		// "Напередодні Різдва президент Володимир Зеленський": the eve
		// phrase's complement is no part of the title (introduce.go)
		return x.classify(phrase[1:], sentenceStart)
	}
	if n := x.leadAdverbCut(phrase); n > 0 {
		return x.classify(phrase[n:], sentenceStart) // "Afterwards Trump": the adverb is not a name (leadadverb.go)
	}
	if len(phrase) >= 2 && x.heardHeading(phrase[0]) {
		// "Слушали С. П. Мухина (казначей)", "СЛУХАЛИ: Тараса
		// Мельничука, …": minutes heard a person, named in the accusative
		saved, savedAcc := x.oblique, x.accusative
		x.oblique, x.accusative = true, true
		sp := x.classify(phrase[1:], sentenceStart)
		x.oblique, x.accusative = saved, savedAcc
		return sp
	}
	if n, all := x.timeLeadCut(phrase); all {
		return nil // "Gestern Nachmittag sagte …": when, not who (timelead.go)
	} else if n > 0 {
		return x.classify(phrase[n:], true) // "Ayer por la tarde el presidente polaco dijo"
	}
	if n := postDemonstrativeCut(phrase); n > 0 {
		return x.postDemonstrative(phrase[:n], sentenceStart) // "Cố vấn này": the title alone (postdemonstrative.go)
	}
	if n := nameArticleCut(phrase); n > 0 {
		return x.classify(phrase[n:], sentenceStart) // "Ο Γιώργος Νικολάου": the article is not a name (namearticle.go)
	}
	var wordsBuf, lowsBuf [16]string // a subject phrase is short: no slices on the heap
	words := wordsBuf[:0]
	for _, t := range phrase {
		w := t.word
		if isAllCaps(w) && !x.isAcronym(w) && !initialsToken(w) && !(len(words) > 0 && regnalNumeral(w)) {
			w = titleCase(w) // transcripts: "SECRETARY RUBIO:"; not "А.Н." (initialsname.go)
		}
		words = append(words, w)
	}
	var lowBuf [32]byte // the lower-case word on the stack: indefinites[string(b)] copies nothing
	if len(words) >= 2 && x.lx.indefinites[string(appendLower(lowBuf[:0], words[0]))] && len(words[0]) <= 5 {
		// "Ein Sprecher des Auswärtigen Amts", "Un portavoce del
		// ministero": an indefinite article before a title or an
		// unnamed noun (capitalised as German writes nouns) is someone
		// the report does not name
		l1 := lowerString(words[1])
		if x.lx.isUnnamed(l1) || x.lx.backRef[l1] || x.lx.isRole(l1) {
			return &speaker{name: unnamedSpeaker, role: cleanRole(strings.Join(words[1:], " ")), kind: kindGroup}
		}
		if last := phrase[len(phrase)-1]; len(words) >= 4 && last.word == last.low && (x.lx.isUnnamed(last.low) || x.lx.backRef[last.low]) && isCapital(words[1]) {
			// "A Ministry of Defence spokesperson says": the body's
			// spokesperson, written before the noun as English writes
			// it, is as unnamed as "a spokesperson for the ministry"
			return &speaker{name: unnamedSpeaker, role: cleanRole(strings.Join(words[1:], " ")), kind: kindGroup}
		}
	}
	if len(words) >= 3 && lowerIn(x.lx.oneWords, words[0]) && lowerIn(x.lx.ofWords, words[1]) && !isCapital(words[len(words)-1]) && !oneOfThem(phrase) {
		// "one of the deputy ministers", "jeden z wiceministrów": a
		// member the report does not name, not the group
		return &speaker{name: unnamedSpeaker, role: cleanRole(strings.Join(words, " ")), kind: kindGroup}
	}
	if l0 := lowerWord(phrase[0]); len(words) >= 2 && placePreps[l0] && !x.lx.indefinites[l0] && !particles[l0] {
		// "У Києві прокоментували …", "W Kijowie skomentowali …": a place,
		// not who; but "В Кремле заявили": a body where it sits (institutions.go)
		return x.locativeBody(words, lowerWords(words))
	}
	elided := false
	if rest, ok := cutElidedArticle(words[0]); ok {
		words[0], elided = rest, true // "L'analista Giulia Ferrandi": the article is not a name
	}
	for len(words) > 0 && (strings.EqualFold(words[0], "the") || strings.EqualFold(words[0], "a") || articleBefore(words)) {
		words = words[1:]
	}
	if len(words) == 0 {
		return nil
	}
	if u := x.lastUnnamed; u != nil && oneOfThem(phrase) && x.recent(u, 1) {
		return u // "Una de ellas precisó": one of the sources just cited
	}
	lows := lowsBuf[:0]
	if len(words) <= len(lowsBuf) {
		lows = lowsBuf[:len(words)]
	} else {
		lows = make([]string, len(words))
	}
	drop := len(phrase) - len(words) // "the", "a"
	for i, w := range words {
		if t := phrase[drop+i]; isASCII(t.word) {
			lows[i] = t.low // what ToLower gives, without a copy
		} else {
			lows[i] = lowerString(w)
		}
	}
	if elided && drop == 0 {
		lows[0] = lowerString(words[0]) // the token's own lower case still holds the article
	}
	x.restoreNameParticles(phrase, words, lows) // "Anna de Vries", not "Anna the Vries" (particlename.go)
	if len(words) == 1 {
		switch lows[0] {
		case "he", "she", "him", "her", "il", "elle", "lui", "lei", "er", "ihm", "он", "она", "его", "её", "ее", "він", "вона", "його", "її", "niego", "niej", "jego", "jej", "on", "ona", "hij", "hem", "haar":
			// the last person who spoke whose gender does not rule
			// them out: "she" after a man looks further back
			if sp := x.questionReferent(lows[0]); sp != nil {
				x.because("pronoun:questionref")
				return sp // "Stöckl: Kanzler Merz hat sich geäußert." "Hartl: Ja, und er hat gesagt …" (interviewintro.go)
			}
			if u := x.lastUnnamed; u != nil && x.lastStmtSentence >= x.sentenceNo-1 {
				// "За словами одного з них, … — сказав він.": the
				// source who has just spoken
				x.because("pronoun:lastunnamed")
				return u
			}
			want := pronounGender[lows[0]]
			if sp := x.turnReferent(want); sp != nil {
				x.because("pronoun:turnref")
				return learnGender(sp, want) // the person the host's turn named (turnreferent.go)
			}
			if sp := x.pronounInSentence(want, sentenceStart); sp != nil {
				x.because("pronoun:insentence")
				return sp // "Putin had sharpened his tone, and he accused …"
			}
			if sp := x.subjectBefore1(); sp != nil && (sp.gender == "" || sp.gender == want) {
				x.because("pronoun:subjectbefore")
				return learnGender(sp, want) // "Umerov did not comment publicly. In his post, he wrote …"
			}
			if sp := x.unnamedSubjectBefore(); sp != nil {
				x.because("pronoun:unnamedbefore")
				return sp // "A counsellor at the embassy was less upbeat. Kyiv, he said, …" (unnamedpronoun.go)
			}
			if sp := x.mentionedJustBefore(want); sp != nil {
				x.because("pronoun:mentioned")
				return learnGender(sp, want) // "… confirmed by spokesman X. He said …"
			}
			if sp := x.lastSpeaker; x.headFromPost && sp != nil && sp.kind == kindPerson && sp.name != unnamedSpeaker &&
				x.spokeAt[sp.name] >= x.postAt && x.recent(sp, 1) && (sp.gender == "" || sp.gender == want) {
				// "- Zelensky in his video address: … . He said …", a
				// chat's "Rubio just now: …" then "he also called it …":
				// who spoke within the same post
				x.because("pronoun:postspeaker")
				return learnGender(sp, want)
			}
			if x.headFromPost {
				// "📌 **@channel** · …" over "He wrote that …": the post's
				// author, or no one for a channel that names none; a post's
				// summary does not reach back into the post before it
				// (digestpost.go)
				if sp := x.headPerson; sp != nil && (sp.gender == "" || sp.gender == want) {
					x.because("pronoun:postauthor")
					return learnGender(sp, want)
				}
				return nil
			}
			if sp := x.headingReferent(want); sp != nil {
				x.because("pronoun:heading")
				return learnGender(sp, want) // "== Юрий Ушаков ==" over "по его словам" (wikiheading.go)
			}
			if sp := x.namedJustBefore(want); sp != nil {
				x.because("pronoun:namedbefore")
				return learnGender(sp, want) // "Le voisin du dessous, M. Fabre, est monté … Il a dit que …" (pronounnamed.go)
			}
			for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-8; i-- {
				if sp := x.speakers[i]; sp.kind == kindPerson && (sp.gender == "" || sp.gender == want) {
					if !x.recent(sp, 4) {
						return nil // too far back to be what "he" means
					}
					x.because("pronoun:lastspeaker")
					return learnGender(sp, want)
				}
			}
			if sp := x.ledeSubject(want); sp != nil {
				x.because("pronoun:lede")
				return learnGender(sp, want) // the one person the lead introduced (ledesubject.go)
			}
			if sp := x.newcomerFitting(want); sp != nil {
				x.because("pronoun:newcomer")
				return learnGender(sp, want) // the paragraph's newcomer, the last speaker being of the other gender (givengender.go)
			}
			if sp := x.givenGenderFallback(); sp != nil {
				x.because("pronoun:givengender")
				return sp // no one fits: the speaker just before, whose gender only the given name told (givengender.go)
			}
			return nil
		case "they":
			if x.lastGroup != nil && x.recent(x.lastGroup, 3) {
				return x.lastGroup
			}
			if x.lastBody != nil && x.recent(x.lastBody, 1) {
				return x.lastBody
			}
			return nil
		case "it":
			if sp := x.itIsTheStatement(); sp != nil {
				return sp // "The joint statement said …. It said …"
			}
			// "It said" is as often the leaked draft as a ministry: only
			// a body that has just spoken
			if x.lastBody != nil && x.lastStmtSentence >= x.sentenceNo-1 && len(x.out) > 0 && x.out[len(x.out)-1].Speaker == x.lastBody.name {
				return x.lastBody
			}
			return nil
		}
		if sp, ok := x.postAdmin(lows); ok {
			return sp // "The admin adds that …" under a post's head (digestpost.go)
		}
		if x.lx.notSpeakers[lows[0]] {
			return nil
		}
		if u := x.lastUnnamed; u != nil && x.lx.isUnnamed(lows[0]) && x.recent(u, 1) {
			return u // "Водночас співрозмовник застеріг": the source just cited
		}
	}
	if sp := x.guestRef(lows); sp != nil {
		return sp // "Nasz gość uważa": the guest the credits name (guestref.go)
	}
	if sp := x.byParty(lows); sp != nil {
		return sp // "El republicano añadió": the last speaker of that party (partyref.go)
	}
	if sp := x.delegate(phrase[drop:], words, lows); sp != nil {
		return sp // "The representative of France", "Brazil's representative" (delegate.go)
	}
	if sp, anchor := x.byRelation(words, lows); sp != nil {
		if sp.name != unnamedSpeaker || anchor == "" {
			return sp // "His spokesman", "Помощник Путина": someone related to the person named (relations.go)
		}
		x.relMiss = relationMiss{sp: sp, anchor: anchor} // no one data knows: read on, but not as anchor (relations.go classify)
	}
	joined := strings.Join(lows, " ")
	// "der Minister": after an article a capitalised title is a noun,
	// as German writes nouns, not a name
	if sp := x.byRole(words, lows, joined, sentenceStart || drop > 0); sp != nil {
		return sp
	}
	acronym := sentenceStart && anyCapitalWord(words[1:]) && x.bodyCapitalsOnly(phrase)
	if drop == 0 && x.lx.backRef[lows[0]] && (!anyCapitalWord(words[1:]) || acronym) { // ("Rzecznik MON": acronymtitle.go)
		if sp := x.subjectBefore1(); sp != nil {
			return x.titleGate(words, lows, sp) // "Premier Donald Tusk odniósł się … Szef rządu przyznał"; not "Putin … The spokesman said" (titlegate.go)
		}
		// "Rzecznik rządu zapowiedział", "Представитель МИД заявил" with
		// nobody named before: a spokesperson the report does not name
		// (an English "the official" points back, and says nothing when
		// nobody is there to point to)
		for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-8; i-- {
			if sp := x.speakers[i]; strings.Contains(lowerString(sp.role), lows[0]) && (!acronym || strings.Contains(lowerString(sp.role), joined)) {
				return sp // a spokesperson quoted before by name
			}
		}
		if acronym {
			words = tokWords(phrase) // "Rzecznik MON" as written, not "Mon"
		}
		return &speaker{name: unnamedSpeaker, role: cleanRole(strings.Join(words, " ")), kind: kindGroup}
	}
	if b, ok := x.lx.bodies[joined]; ok {
		return &speaker{name: b, kind: kindBody}
	}
	if len(words) == 1 {
		if sp := x.capitalSubject(phrase[drop:], words[0]); sp != nil {
			return sp // "Moscou a affirmé", "Selon Rome", "По мнению Киева": the whole subject is the capital (capitals.go)
		}
	}
	// "The United States and Ukraine": the parties speaking together
	for i, l := range lows {
		if l == "and" && i > 0 && i < len(lows)-1 && isCapital(words[i+1]) && isCapital(words[i-1]) && !x.lx.groupNouns[lows[len(lows)-1]] && !x.roleLike(words[:i]) {
			// (not "Envoy for Investment and Economic Cooperation Kirill
			// Dmitriev": a title's "and")
			return &speaker{name: x.partiesName(words[:i], words[i+1:]), kind: kindGroup, compound: true}
		}
	}
	if sp := x.institution(words, lows, drop > 0 || elided); sp != nil {
		return sp // "Кремль", "МИД России", "Le Kremlin", "Il governo" (institutions.go)
	}
	last := lows[len(lows)-1]
	if x.lx.groupNouns[last] {
		if len(words) < 2 {
			return nil
		}
		return &speaker{name: strings.Join(words, " "), kind: kindGroup}
	}
	if x.lx.bodyWords[last] && (len(words) > 1 || !isCapital(words[0]) || last == "kremlin") {
		name := strings.Join(words, " ")
		if b, ok := lowerIn2(x.lx.bodies, name); ok {
			name = b
		}
		return &speaker{name: name, kind: kindBody}
	}
	// person: the trailing capitalised words that are not titles
	n := len(words)
	k := n
	for k > 0 {
		w, l := words[k-1], lows[k-1]
		if x.lx.honorifics[l] || x.lx.honorifics[strings.TrimSuffix(l, ".")] {
			break
		}
		if strings.HasSuffix(l, "’s") || strings.HasSuffix(l, "'s") {
			break
		}
		if x.lx.isRole(l) || x.lx.isRole(l+".") || x.articleTitle(l) {
			break // "Riksdagsledamoten": a title with its article (speakernames.go)
		}
		if !isCapital(w) && !(x.nameParticle(l) && k < n && (k < 2 || !isCapital(words[k-2]) || particleInName(words, lows, k-1, x.nameParticle, x.lx.isRole, x.knownParticleName))) && !hyphenParticleName(w) {
			// (after a capital, a particle must stand inside the name:
			// not "Jan Smit van Kyiv", particlename.go)
			break
		}
		k--
	}
	if k == n {
		if lows[0] == "of" || len(words) < 3 {
			return nil
		}
		// "Senator Wade Harlan of Montana": the person before "of"
		for i := len(lows) - 2; i > 0; i-- {
			if lows[i] == "of" && n-i <= 3 {
				return x.classify(phrase[:i+len(phrase)-len(words)], sentenceStart)
			}
		}
		return nil
	}
	if p, ok := x.placeBeforeName(words, lows, k); ok {
		// "Prezydent USA na pokładzie samolotu Air Force One": who stands
		// before the phrase of place speaks; the capitals are where
		// (speakernames.go)
		return x.classify(phrase[:p+len(phrase)-len(words)], sentenceStart)
	}
	if x.titleComplement(words, lows, k) {
		// "la presidente del Consiglio": whose title, not a name (titlecomplement.go)
		return x.byRole(words, lows, strings.Join(lows, " "), true)
	}
	if k >= 2 && definiteArticles[lows[k-1]] && x.lx.isRole(lows[0]) {
		// "the head of the Russian Export Centre": capitals after an
		// article are the institution of a title, not a name
		return x.byRole(words, lows, strings.Join(lows, " "), true)
	}
	if n-k > 2 {
		// capitals before the name ("MSZ Polski Marta Lewandowska",
		// "России Юрий Ушаков"): the longest known name at the end, else
		// the last two words (with a particle, the word before it too)
		start := n - 2
		known := false
		for i := k; i < n-1; i++ {
			l := lowerString(strings.Join(words[i:], " "))
			if _, ok := x.lx.people[l]; ok {
				start, known = i, true
				break
			}
			if _, ok := x.short[l]; ok {
				start, known = i, true
				break
			}
		}
		if start == n-2 {
			for start > k && particles[lows[start]] {
				start-- // "Klara von der Heide", "Клара фон дер Хайде": every particle
			}
		}
		if start == n-2 && n-k == 3 && !known && (k == 0 || x.capitalTitleBefore(lows, k) || !isCapital(words[k-1]) && !titlePreps[lows[k-1]] && !placePreps[lows[k-1]] && lows[k-1] != "and") && latinName(words[k:]) && !x.complementCapital(words, lows, k) {
			// "El diputado Javier Ruiz Cortés": a given name and two
			// surnames, after a title (capitalised too: "Statsminister
			// Jonas Gahr Støre") or opening the sentence
			start = k
		}
		k = start
	}
	nameWords := words[k:]
	roleEnd := k
	for roleEnd > 0 && (x.lx.honorifics[lows[roleEnd-1]] || x.lx.honorifics[strings.TrimSuffix(lows[roleEnd-1], ".")]) {
		roleEnd--
	}
	role := cleanRole(strings.Join(words[:roleEnd], " "))
	x.loneTitled = len(nameWords) == 1 && roleEnd == k && k > 0 && drop+k < len(phrase) && !isAllCaps(phrase[drop+k].word)
	sp := x.person(nameWords, role)
	x.loneTitled = false
	return sp
}

// articleBefore reports whether words open with an article of the corpus's
// languages before a lower-case word ("la portavoz", "El diputado"), not
// the capitalised first word of a name ("La Stampa").
func articleBefore(words []string) bool {
	if len(words) < 2 || len(words[0]) > 4 || !lowerIn(roleArticles, words[0]) {
		return false
	}
	return !isCapital(words[0]) || !isCapital(words[1])
}

// latinName reports whether a name is written in capitalised Latin words
// (not acronyms): Spanish and Portuguese names carry two surnames, while a
// third Cyrillic capital before a name is mostly an organisation.
func latinName(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if r > unicode.MaxLatin1 && !unicode.Is(unicode.Latin, r) || isAllCaps(w) {
			return false
		}
	}
	return true
}

// partiesName names "X and Y" with each side's canonical name when it is a
// known person ("Rubio and Yermak" -> "Marco Rubio and Andriy Yermak").
func (x *extractor) partiesName(a, b []string) string {
	side := func(ws []string) string {
		n := strings.Join(ws, " ")
		l := lowerString(n)
		if full, ok := x.short[l]; ok {
			return full
		}
		if p, ok := x.lx.people[l]; ok {
			return p.Name
		}
		if body, ok := x.lx.bodies[l]; ok {
			return body
		}
		return n
	}
	return side(a) + " and " + side(b)
}

// byRole resolves "the president" or "the Kremlin spokesman" to the last
// person whose role, as given earlier in the document, says so.
func (x *extractor) byRole(words, lows []string, joined string, sentenceStart bool) *speaker {
	return x.titleGate(words, lows, x.byRoleRead(words, lows, joined, sentenceStart)) // (titlegate.go)
}

// byRoleRead is byRole before titleGate checks whose title it is.
func (x *extractor) byRoleRead(words, lows []string, joined string, sentenceStart bool) *speaker {
	role := func(l string) bool { return x.lx.isRole(l) || x.isBackRef(l) }
	if st, ok := x.articleStems(lows); ok {
		lows, joined = st, strings.Join(st, " ") // "Ministern sade", "Министърът заяви" (definitestem.go)
	}
	// the title as written, before a complement is set aside; joined
	// only when a role is set
	all := words
	title := func() string { return cleanRole(strings.Join(all, " ")) }
	if sp := x.bySynonym(joined); sp != nil {
		return sp // "глава государства", "la premier": another word for the title (rolesyn.go)
	}
	if x.unnamedOpenedBefore(joined) {
		// "A European official … put it more bluntly. The Americans, the
		// official said, …": the source just introduced (unnamedopener.go)
		return &speaker{name: unnamedSpeaker, role: title(), kind: kindGroup}
	}
	if sp := x.byOffice(words, lows); sp != nil {
		return sp // "Le président de la République", "the Kremlin spokesman": the office's holder (offices.go)
	}
	if sp := x.byDemonymTitle(words, lows); sp != nil {
		return sp // "El presidente polaco dijo": the Polish president named before (demonymtitle.go)
	}
	if sp := x.byHeadingPerson(words, lows); sp != nil {
		return sp // "**Niemcy | Johann Wadephul**" over "Minister spraw zagranicznych Niemiec": the section's person (headingperson.go)
	}
	if n := len(words); n >= 4 && isCapital(words[n-1]) && isCapital(words[n-2]) && !role(lows[n-1]) && x.knownName(words[n-2]+" "+words[n-1]) {
		return nil // "portavoce del Cremlino Dmitry Peskov": the known name closing the title is who
	}
	if x.unknownNameClosesTitle(words, lows) {
		return nil // "il capo di stato maggiore Andrii Hnatov": a name the lexicon does not know closes the title (titledname_tail.go)
	}
	if x.particleNameCloses(words, lows) {
		return nil // "la presidente della Commissione von der Leyen" (particlename.go)
	}
	if len(words) >= 3 && role(lows[0]) && complementPreps[lows[1]] {
		// "portavoce del Cremlino", "spokesman for the Kremlin": the
		// title is the noun, its complement says whose
		words, lows, joined = words[:1], lows[:1], lows[0]
	}
	if len(words) > 3 {
		return nil
	}
	if len(words) == 2 && role(lows[0]) && !role(lows[1]) && !isCapital(words[1]) && x.lastSpeaker != nil && x.lastSpeaker.kind == kindPerson && x.lastStmtSentence == x.sentenceNo-1 &&
		(x.lastSpeaker.role == "" || strings.Contains(lowerString(x.lastSpeaker.role), lows[0])) {
		// (not "Rzecznik rządu" after an expert: another title is another person)
		// "El presidente francés subrayó", "il ministro italiano ha
		// detto": a title and an adjective right after the person spoke
		sp := x.lastSpeaker
		if sp.role == "" {
			sp.role = title()
		}
		return sp
	}
	for i, l := range lows {
		if !role(l) && !(i < len(lows)-1 && isCapital(words[i])) {
			return nil
		}
	}
	if !role(lows[len(lows)-1]) {
		return nil
	}
	if isCapital(words[len(words)-1]) && len(words) == 1 && !sentenceStart {
		// ("Kallas said": a name, unless it only opens the sentence; a
		// title the document gave someone is theirs: capitalrole.go)
		if sp := x.capitalRoleHolder(lows[0]); sp != nil {
			return sp
		}
		return x.titleAlone(words, lows) // "Вопрос: Накануне Президент сказал, что …" (titlealone.go)
	}
	if sp := x.untitledNewcomer(lows); sp != nil {
		return sp // "Le ha risposto … Gianluca Ferraresi. … ha aggiunto il deputato" (plainmention.go)
	}
	for i := len(x.speakers) - 1; i >= 0 && i >= len(x.speakers)-8; i-- {
		if sp := x.speakers[i]; roleHoldsWord(sp.role, joined) && x.titleHeads(sp.role, joined) {
			return sp
		}
	}
	if sp := x.sameKindSpeaker(lows); sp != nil {
		return sp // "la exdiplomática X" … "la exembajadora": a title of the same kind (titlefamily.go)
	}
	if len(lows) == 1 {
		if sp := x.justSpokeTitled(lows[0]); sp != nil {
			if sp.role == "" {
				sp.role = title() // "— сказал президент": what Putin is (titlehead.go)
			}
			return sp
		}
	}
	if sp := x.subjectBefore1(); sp != nil {
		// "Marco Rubio has pushed back at claims … The secretary of state
		// said": a title for the person the sentence before was about
		if sp.role == "" {
			sp.role = title()
		}
		return sp
	}
	if x.pos-x.mentionedAt <= 2 {
		// "W konferencji uczestniczył wiceminister … Tomasz Wierzbicki.
		// Wiceminister poinformował …": named by title, not yet quoted
		for i := len(x.mentioned) - 1; i >= 0; i-- {
			if sp := x.mentioned[i]; roleHoldsWord(sp.role, joined) && x.titleHeads(sp.role, joined) {
				return sp
			}
		}
	}
	if b := x.lastBody; b != nil && b.role != "" && strings.Contains(lowerString(b.role), joined) && x.recent(b, 2) {
		// "a spokesperson for the Foreign Office told TASS … According
		// to the spokesperson, …": the office speaks again
		return b
	}
	if x.oblique && len(lows) == 1 {
		if sp := x.obliqueTitleHolder(lows[0]); sp != nil {
			return sp // "Zdaniem premiera …" after the prime minister spoke (accordingoblique.go)
		}
	}
	// "the official clarified", "Представитель Кремля отметил": a generic
	// role noun refers back to the person who has just spoken
	for _, l := range lows {
		if x.isBackRef(l) {
			if n := len(x.speakers); n > 0 && x.recent(x.speakers[n-1], 2) && !otherBareTitle(x.speakers[n-1], l) && !otherCountryTitle(lows, x.speakers[n-1]) { // (titlecountry.go)
				sp := x.speakers[n-1]
				if sp.role == "" {
					sp.role = title() // "Il portavoce del Cremlino ha aggiunto": what he is
				}
				return sp
			}
			break
		}
	}
	if sp := x.titleAlone(words, lows); sp != nil {
		return sp // "Der Kanzler hat gesagt, dass …" in a briefing's answer (titlealone.go)
	}
	return x.bareTitle(words, lows, sentenceStart) // "The governor said that …" with no governor named before (baretitle.go)
}

// pronounGender is the gender a personal pronoun of the corpus's languages
// refers to.
var pronounGender = map[string]string{
	"he": "m", "him": "m", "il": "m", "lui": "m", "er": "m", "ihm": "m", "он": "m", "его": "m", "він": "m", "його": "m", "niego": "m", "jego": "m", "on": "m", "hij": "m", "hem": "m",
	"she": "f", "her": "f", "elle": "f", "lei": "f", "она": "f", "её": "f", "ее": "f", "вона": "f", "її": "f", "niej": "f", "jej": "f", "ona": "f", "haar": "f",
}

// person resolves a name to its canonical form: a known person (aliases and
// spelling variants), someone named in full earlier in the document (short
// mentions), or a new full name. A lone unknown capitalised word opening a
// sentence is not trusted as a name.
func (x *extractor) person(nameWords []string, role string) *speaker {
	nameWords = x.nameAfterLeadWord(nameWords) // "Pour Delambre": the preposition is no given name (leadadverb.go)
	for _, w := range nameWords {
		if lowerIn(eveWords, w) {
			return nil // "Am Vorabend", "Напередодні Різдва": a time phrase, never a name (introduce.go)
		}
	}
	if lead := lowerString(nameWords[0]); len(nameWords) >= 2 && !x.noGapOpenerName && langGapOpeners[x.src.Lang][lead] && !x.lx.according[lead] && !x.lx.viewPreps[lead] {
		// "Στον Πειραιά": a place phrase of the document's language, never
		// a name ("Podľa Kováčika", an according word, names whose view)
		return nil
	}
	name := strings.Join(nameWords, " ")
	low := lowerString(name)
	if len(nameWords) == 1 {
		if b, ok := x.lx.bodies[low]; ok && role == "" {
			return &speaker{name: b, kind: kindBody}
		}
		if x.lx.notSpeakers[low] {
			return nil
		}
	}
	canon, gender := "", ""
	given := false // read by givenNameOf: not stored as a short form, so its case forms ("за словами Богдана") are not read as the person
	if full, ok := x.short[low]; ok {
		canon = full
	} else if p, ok := x.lx.people[low]; ok {
		canon, gender = p.Name, p.Gender
	} else if full := x.inflectedName(nameWords); full != "" {
		// "Zdaniem Zielińskiego", "За словами Коваленка": a case form of
		// a name the document or the lexicon knows
		canon = full
	} else if full := x.obliqueKnownName(nameWords); full != "" {
		canon = full // "Podľa Zelenského" for "Zelenskyj" (speakernames.go)
	} else if known := x.lx.spelledPerson(nameWords); known != "" {
		canon = known // "Volodímir Zelenski": a known surname, the first name spelled another way
	} else if known := x.keyedPerson(nameWords); known != "" {
		canon = known // "Zelenszkij", "Dmitrijevas", "Ο Κούσνερ": a known surname in another spelling or case (namekey.go)
	} else if full := x.titledGivenName(nameWords, role); full != "" {
		canon = full // "Dame Rosalind", "President Gwen": a title and the given name of a person named in full (titledgiven.go)
		if p, ok := lowerIn2(x.lx.people, full); ok {
			canon = p.Name
		}
	} else if full := x.honorificFull(nameWords); full != "" {
		canon = full // "Mrs Achterberg added" after "our speaker, Helen Achterberg, …" (honorificfull.go)
	} else if len(nameWords) >= 2 {
		canon = name
		if x.accusative || x.heardOpen != "" && name == x.heardOpen {
			canon = strings.Join(accusativeName(x.src.Lang, nameWords), " ") // "Наталію Бондарчук": Наталія Бондарчук
		} else if x.oblique {
			canon = strings.Join(nominativeName(x.src.Lang, nameWords), " ") // "Игоря Волкова": Игорь Волков
		}
	} else if full := x.fullNameOf(name); full != "" {
		// "Mykola Daniliuk, a member of ..., sat down with us": named in
		// full in a sentence that was not a statement
		canon = full
		if p, ok := lowerIn2(x.lx.people, full); ok {
			canon = p.Name
		}
	} else if x.titledSurname(name, low, role) {
		canon = name // "StR Hesselbach", "Cllr Morton": the title makes the surname a name (titledsurname.go)
	} else if full := x.givenNameOf(name); full != "" {
		canon, given = full, true // "«…», contó Sergio." after "Sergio Manrique, de 14 años": a feature's first name (givenname.go)
		if p, ok := lowerIn2(x.lx.people, full); ok {
			canon = p.Name
		}
	} else if x.loneName(name) {
		canon = name // "Margit told our reporter …": a private person named by a given name alone (lonename.go)
	} else if nom := x.obliqueSurname(nameWords); nom != "" {
		// "За словами Петренка", "Według Kowalskiego": a surname alone in
		// its case after an according cue (namecase.go); named in full
		// elsewhere in the document, the full name
		canon = nom
		if full := x.fullNameOf(nom); full != "" {
			canon = full
		}
	} else {
		// a lone unknown word ("European", "Reports") is not trusted as
		// a name: a person is introduced in full before a surname is used
		return nil
	}
	var lowBuf [64]byte // lower-case look-up keys, on the stack: a map index of string(bytes) copies nothing
	if p, ok := x.lx.people[string(appendLower(lowBuf[:0], canon))]; ok {
		gender = p.Gender
	}
	if prev, ok := x.people[canon]; ok {
		if role == "" || strings.HasPrefix(prev.role, role) {
			role = prev.role
		}
		gender = prev.gender
	}
	if gender == "" && len(nameWords) >= 2 {
		gender = x.lx.honorificGenders[string(appendLower(lowBuf[:0], nameWords[0]))] // "Mr Pennant" is he: a later "she" looks past him
	}
	givenGender := false
	if prev, ok := x.people[canon]; ok {
		givenGender = prev.givenGender
	}
	if gender == "" {
		gender = x.givenNameGender(canon) // "Marco Rubio" is he: a later "she" looks past him (givengender.go)
		givenGender = gender != ""
	}
	sp := &speaker{name: canon, role: role, kind: kindPerson, gender: gender, givenGender: givenGender}
	if prev, ok := x.people[canon]; !ok || prev.role == "" {
		x.people[canon] = sp
	}
	parts, last := 0, ""
	for f := range strings.FieldsSeq(canon) {
		parts, last = parts+1, f
	}
	if parts >= 2 {
		// most names were seen before: store only what changes
		if k := appendLower(lowBuf[:0], last); x.short[string(k)] != canon {
			x.short[string(k)] = canon
		}
		if x.short[low] != canon && !given {
			x.short[low] = canon
		}
		if parts >= 3 {
			x.shortParticleName(canon)
		}
	}
	return sp
}

// nameStem drops a Slavic case ending from a lower-case name, keeping at
// least four letters: "zielińskiego" and "zieliński" give "zielińsk".
func (x *extractor) nameStem(w string) string {
	for _, e := range x.lx.nameEndings {
		if strings.HasSuffix(w, e) && utf8.RuneCountInString(w)-utf8.RuneCountInString(e) >= 4 {
			return w[:len(w)-len(e)]
		}
	}
	return w
}

// inflectedName maps a name in another grammatical case to one known to
// the document (someone named earlier) or to the lexicon: one surname
// ("Семёнова" for "Игорь Семёнов") or first name and surname ("Tomasza
// Zielińskiego"). Only a single candidate counts.
func (x *extractor) inflectedName(nameWords []string) string {
	if len(nameWords) > 2 || len(x.lx.nameEndings) == 0 {
		return ""
	}
	last := lowerString(nameWords[len(nameWords)-1])
	stem := x.nameStem(last)
	if stem == last {
		return "" // nominative or unknown: nothing to map
	}
	same := func(key string) bool {
		return key != last && (x.nameStem(key) == stem || key == stem)
	}
	found := ""
	for key, canon := range x.short {
		if strings.Contains(key, " ") || !same(key) {
			continue
		}
		if len(nameWords) == 2 {
			first := lowerString(nameWords[0])
			cf := lowerString(strings.Fields(canon)[0])
			if x.nameStem(first) != x.nameStem(cf) && first != cf {
				continue
			}
		}
		if found != "" && found != canon {
			return ""
		}
		found = canon
	}
	if found != "" {
		return found
	}
	first := ""
	if len(nameWords) == 2 {
		first = x.nameStem(lowerString(nameWords[0]))
	}
	// the lexicon's names, their stems worked out once: which one is
	// found does not depend on the order they are tried in
	for _, k := range stemmedPeople() {
		if k.words != len(nameWords) {
			continue
		}
		if k.last == last || k.lastStem != stem && k.last != stem {
			continue // not same(last word)
		}
		if len(nameWords) == 2 && k.firstStem != first {
			continue // "Wołodymyra Zełenskiego" for "Wołodymyr Zełenski"
		}
		if found != "" && found != k.name {
			return ""
		}
		found = k.name
	}
	return found
}

// stemmedName is a key of the lexicon's people of one or two words, with
// the stems inflectedName compares.
type stemmedName struct {
	name      string // canonical name
	words     int    // 1 or 2
	last      string // the last word of the key
	lastStem  string // nameStem(last)
	firstStem string // nameStem of the first word of a two-word key
}

// stemmedPeople lists the lexicon's one- and two-word people keys with
// their stems, computed once rather than for every name looked up.
var stemmedPeople = sync.OnceValue(func() []stemmedName {
	lx := lexiconData()
	x := &extractor{lx: lx}
	var out []stemmedName
	for key, p := range lx.people {
		k := stemmedName{name: p.Name, words: 1, last: key}
		if sp := strings.IndexByte(key, ' '); sp >= 0 {
			if strings.Contains(key[sp+1:], " ") {
				continue // three words or more: never an inflected match
			}
			k.words, k.last, k.firstStem = 2, key[sp+1:], x.nameStem(key[:sp])
		}
		k.lastStem = x.nameStem(k.last)
		out = append(out, k)
	}
	return out
})

func (x *extractor) isAcronym(w string) bool {
	l := lowerString(w)
	_, body := x.lx.bodies[l]
	return body || utf8.RuneCountInString(w) <= 2 || x.lx.acronyms[l]
}

// fullNameOf finds the full name a lone surname stands for: a capitalised
// word written just before it elsewhere in the document ("Ilze Kalnina"
// for "Kalnina"), skipping titles ("Senator Wade Harlan"). Each look-up
// searches the document once; a document asking about more than
// maxFullNameLookups surnames gets no more, so none costs quadratic time.
func (x *extractor) fullNameOf(surname string) string {
	if full, ok := x.fullNames[surname]; ok {
		return full
	}
	if x.fullNames == nil {
		x.fullNames = map[string]string{}
	}
	if len(x.fullNames) >= maxFullNameLookups {
		return ""
	}
	full := ""
	for _, p := range x.paras {
		t := p.text
		for off := 0; full == "" && off < len(t); {
			i := strings.Index(t[off:], " "+surname)
			if i < 0 {
				break
			}
			at := off + i
			end := at + 1 + len(surname)
			off = end
			if end < len(t) && isLetterAt(t, end) {
				continue // "Harlan" in "Harlanson"
			}
			prev := strings.TrimLeft(t[strings.LastIndexByte(t[:at], ' ')+1:at], "*_") // "*Ferdinand Hartl leitet …*": a closing note in italics
			if !isCapital(prev) || containsAny(prev, ".,;:!?\"“”«»()") {
				continue
			}
			if l := lowerString(prev); x.lx.isRole(l) || x.lx.honorifics[l] || addressWords[l] || stopCaps[l] || x.lx.notSpeakers[l] || x.lx.bodies[l] != "" || x.lx.according[l] {
				continue
			}
			full = prev + " " + surname
		}
		if full != "" {
			break
		}
	}
	if full != "" {
		full = x.secondSurname(full) // "Laura Ibarrola Mensah" for "Ibarrola" (secondsurname.go)
	}
	x.fullNames[surname] = full
	return full
}

// maxFullNameLookups bounds fullNameOf's searches per document.
const maxFullNameLookups = 64

// isLetterAt reports whether a letter starts at byte i of s.
func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

// roleArticles are the articles a role may open with in the corpus's
// languages; they are not part of the title.
var roleArticles = map[string]bool{"the": true, "a": true, "an": true, "le": true, "la": true, "les": true, "l'": true, "un": true, "une": true, "der": true, "die": true, "das": true, "ein": true, "eine": true, "il": true, "lo": true, "uno": true, "una": true, "el": true, "los": true, "las": true, "gli": true, "o": true, "os": true, "um": true, "uma": true, "een": true, "ο": true, "η": true, "οι": true}

// anyCapitalWord reports whether a word of ws is capitalised (a name, or
// an acronym such as "МИД").
func anyCapitalWord(ws []string) bool {
	for _, w := range ws {
		if isCapital(w) {
			return true
		}
	}
	return false
}

// isGerund reports whether a lower-case word reads as a participle opening
// a clause about the speaker, in the corpus's languages: "speaking",
// "parlando", "hablando", "s'exprimant", "mówiąc", "выступая", "говорячи",
// and the active participles of Russian and Polish ("участвовавший во
// встрече", "uczestniczący w rozmowach").
func isGerund(w string) bool {
	if len(w) < 5 {
		return false
	}
	for _, e := range []string{"ing", "ando", "endo", "iendo", "ant", "ąc", "ая", "яя", "уя", "ючи", "учи", "ачи", "ячи",
		"ший", "шая", "шие", "щий", "щая", "щие", "ący", "ąca", "ące"} {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// complementPreps join a title to whose it is: "portavoce del Cremlino",
// "spokesman for the Kremlin", "porte-parole du Kremlin", "Sprecher des".
var complementPreps = map[string]bool{"of": true, "for": true, "del": true, "della": true, "dello": true, "dei": true, "di": true, "du": true, "de": true, "des": true, "der": true, "des'": true}

// cutElidedArticle returns what follows the elided article of a word when
// it is a lower-case noun: "L'analista" gives "analista", "L'Aia" nothing.
func cutElidedArticle(w string) (string, bool) {
	if !containsAny(w, "'’") {
		return "", false
	}
	for _, p := range elidedArticles() {
		if len(w) > len(p) && strings.HasPrefix(w, p) {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			if unicode.IsLower(r) {
				return w[len(p):], true
			}
		}
	}
	return "", false
}

// slavicCases are noun endings of the Slavic case forms a title takes
// after a preposition ("по словам пресс-секретаря", "według rzecznika").
var slavicCases = []string{"ем", "ом", "ой", "ей", "я", "а", "у", "ю", "е", "и", "ы", "owi", "em", "a", "u", "ie"}

// isBackRef reports whether a lower-case word is a back-reference noun
// ("spokesman", "пресс-секретарь") in any case form: "пресс-секретаря"
// and "rzecznika" refer back as the nominative does.
func (x *extractor) isBackRef(l string) bool {
	if x.lx.backRef[l] {
		return true
	}
	for _, e := range slavicCases {
		base, ok := strings.CutSuffix(l, e)
		if !ok || utf8.RuneCountInString(base) < 4 {
			continue
		}
		if x.lx.backRef[base] || x.lx.backRef[base+"ь"] || x.lx.backRef[base+"а"] {
			return true
		}
	}
	return false
}

// isRole reports whether a lower-case word is a title: a word of
// roles.json, or a compound ending in one, as German writes titles
// ("bundesaußenminister", "cdu-abgeordnete", "ex-ambassador").
func (lx *lexicon) isRole(l string) bool {
	if len(l) > 6 && strings.HasPrefix(l, "ex") && lx.roleWords[l[2:]] {
		return true // "exembajador", "expresidente": a former holder of the title
	}
	return lx.inRoleWords(l) || compoundOf(lx.roleWords, lx.roleHeads, l)
}

// speechOrThat reports whether a lower-case word is a speech or act verb
// or a that-word: where a speaker's phrase ends and what they said begins
// ("The Chair said that …"), so no name after it is the speaker's.
func (lx *lexicon) speechOrThat(l string) bool {
	return lx.sayVerbs[l] || lx.actVerbs[l] || lx.thatWords[l]
}

// isUnnamed reports whether a lower-case word is a noun of an unnamed
// source, or a compound ending in one ("regierungsvertreter",
// "regierungsquelle").
func (lx *lexicon) isUnnamed(l string) bool {
	return lx.unnamed[l] || compoundOf(lx.unnamed, lx.unnamedHeads, l)
}

// compoundOf reports whether l is a compound whose last part is a word
// of set: after a hyphen ("cdu-abgeordnete"), or one of heads (the
// compound heads of roles.json that set holds) closing a closed compound
// ("bundesaußenminister"). The modifier needs at least three letters. The
// heads are German words listed one by one: English closes compounds too
// ("spokesperson"), so a head is never guessed from the word lists.
func compoundOf(set map[string]bool, heads *headSet, l string) bool {
	if len(l) < 7 {
		return false
	}
	if i := strings.LastIndexByte(l, '-'); i >= 2 && i+1 < len(l) {
		return set[l[i+1:]] || compoundOf(set, heads, l[i+1:]) // "eu-buitenlandchef": a closed compound after the hyphen
	}
	for i := 3; i <= len(l)-4; i++ {
		if l[i]&0xC0 == 0x80 {
			continue // inside a letter
		}
		if heads.has(l[i:]) {
			return true
		}
	}
	return false
}

// compoundHeads returns the heads that are words of set.
func compoundHeads(heads []string, set map[string]bool) *headSet {
	m := map[string]bool{}
	for _, w := range heads {
		if w = lowerString(w); set[w] {
			m[w] = true
		}
	}
	return newHeadSet(m)
}

// definiteArticles end a title's complement before an institution's name:
// "head of the Export Centre", "capo della Farnesina" is written with an
// elided or fused article and needs none.
var definiteArticles = grammarSet("definiteArticles")

// spelledPerson is the lexicon's person named by a first name and a
// surname when the surname is one of that person's spellings and the
// first name, spelled as the language spells it ("Volodímir", "Wolodymyr",
// "Volodymyr"), starts with the letter of one of theirs: "" otherwise.
func (lx *lexicon) spelledPerson(nameWords []string) string {
	if len(nameWords) != 2 {
		return ""
	}
	var lb [64]byte // the look-up key on the stack: most names are no known person's
	p, ok := lx.people[string(appendLower(lb[:0], nameWords[1]))]
	if !ok {
		return ""
	}
	initial, _ := utf8.DecodeRuneInString(nameWords[0])
	initial = unicode.ToLower(initial)
	for _, n := range append([]string{p.Name}, p.Aliases...) {
		first, _, ok := strings.Cut(n, " ")
		if !ok {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(first); unicode.ToLower(r) == initial {
			return p.Name
		}
	}
	return ""
}
