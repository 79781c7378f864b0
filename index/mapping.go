package index

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	regexpchar "github.com/blevesearch/bleve/v2/analysis/char/regexp"
	"sort"
	"strings"
	"sync"
	gounicode "unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/custom"
	"github.com/blevesearch/bleve/v2/analysis/lang/ar"
	"github.com/blevesearch/bleve/v2/analysis/lang/cjk"
	"github.com/blevesearch/bleve/v2/analysis/lang/ckb"
	"github.com/blevesearch/bleve/v2/analysis/lang/da"
	"github.com/blevesearch/bleve/v2/analysis/lang/de"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/analysis/lang/es"
	"github.com/blevesearch/bleve/v2/analysis/lang/fa"
	"github.com/blevesearch/bleve/v2/analysis/lang/fi"
	"github.com/blevesearch/bleve/v2/analysis/lang/fr"
	"github.com/blevesearch/bleve/v2/analysis/lang/hi"
	"github.com/blevesearch/bleve/v2/analysis/lang/hr"
	"github.com/blevesearch/bleve/v2/analysis/lang/hu"
	"github.com/blevesearch/bleve/v2/analysis/lang/it"
	"github.com/blevesearch/bleve/v2/analysis/lang/nl"
	"github.com/blevesearch/bleve/v2/analysis/lang/no"
	"github.com/blevesearch/bleve/v2/analysis/lang/pl"
	"github.com/blevesearch/bleve/v2/analysis/lang/pt"
	"github.com/blevesearch/bleve/v2/analysis/lang/ro"
	"github.com/blevesearch/bleve/v2/analysis/lang/ru"
	"github.com/blevesearch/bleve/v2/analysis/lang/sv"
	"github.com/blevesearch/bleve/v2/analysis/lang/tr"
	"github.com/blevesearch/bleve/v2/analysis/token/lowercase"
	"github.com/blevesearch/bleve/v2/analysis/tokenizer/unicode"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/registry"
	bleveindex "github.com/blevesearch/bleve_index_api"

	"planbot/corpus"
)

// mappingVersion is bumped by hand whenever buildMapping or the document
// layout changes in a way the golden file would not show (for example what
// goes into a field). The stored version also includes a hash of the mapping
// JSON and the synonym data, so editing either forces a rebuild too.
const mappingVersion = 15 // 15: a number with a glued unit indexed with the unit spelt out ("90 billion" beside "€90bn", units.go); 14: a passage continuing a wrapped sentence indexed with its neighbours' words (wrapped.go); 13: German hyphenated compounds also joined (dehyphen.go); 12: Hangul bigrams in the cjk field, a Hebrew field (scripts.go); 11: light stemmers for cs sk sl bg el lt lv et, sr/bs into hr (stemlight.go)

// defaultLang is the language of documents whose front matter names none.
const defaultLang = "en"

// languages maps an ISO 639-1 code to bleve's analyzer for it. Documents in a
// language missing here are analysed as English.
var languages = map[string]string{
	"ar": ar.AnalyzerName, "zh": cjk.AnalyzerName, "ja": cjk.AnalyzerName, "ko": cjk.AnalyzerName,
	"ckb": ckb.AnalyzerName, "da": da.AnalyzerName, "de": de.AnalyzerName, "en": en.AnalyzerName,
	"es": es.AnalyzerName, "fa": fa.AnalyzerName, "fi": fi.AnalyzerName, "fr": fr.AnalyzerName,
	"hi": hi.AnalyzerName, "hr": hr.AnalyzerName, "hu": hu.AnalyzerName, "it": it.AnalyzerName,
	"nl": nl.AnalyzerName, "no": no.AnalyzerName, "nb": no.AnalyzerName,
	"pt": pt.AnalyzerName, "ro": ro.AnalyzerName, "ru": ru.AnalyzerName, "sv": sv.AnalyzerName,
	"tr": tr.AnalyzerName, "pl": pl.AnalyzerName,
	// bleve has no Ukrainian analyzer: planbot's strips case and verb
	// endings (ukrainianAnalyzer).
	"uk": ukAnalyzer,
	// Nor for these: planbot's light stemmers (stemlight.go). Serbian,
	// Bosnian and Montenegrin share the Croatian field, Cyrillic written
	// in Latin (croatianAnalyzer); Macedonian shares the Bulgarian one.
	"cs": czechStemmer.analyzer, "sk": slovakStemmer.analyzer, "sl": sloveneStemmer.analyzer,
	"bg": bulgarianStemmer.analyzer, "mk": bulgarianStemmer.analyzer, "el": greekStemmer.analyzer,
	"lt": lithuanianStemmer.analyzer, "lv": latvianStemmer.analyzer, "et": estonianStemmer.analyzer,
	"sr": hr.AnalyzerName, "bs": hr.AnalyzerName, "me": hr.AnalyzerName,
	// Hebrew strips its one-letter prefixes (scripts.go); "iw" is its
	// old code.
	"he": heAnalyzer, "iw": heAnalyzer,
}

// Field names of an indexed record.
const (
	fieldKind        = "kind"
	fieldID          = "id"
	fieldSourceID    = "source_id"
	fieldSpeaker     = "speaker"
	fieldRole        = "role"
	fieldReportedBy  = "reported_by" // on statements: the outlet the words were given to
	fieldPlan        = "plan"
	fieldTopics      = "topics"
	fieldNumber      = "number"
	fieldDate        = "date"
	fieldDateText    = "date_text"    // the date as given; not mapped (the date field holds it)
	fieldLang        = "lang"         // the record's language; not mapped (see buildMapping)
	fieldSourceTitle = "source_title" // on source records: the title as English text
	fieldTitle       = "title"
	fieldOutlet      = "outlet"
	fieldURL         = "url"
	fieldPublished   = "published"
	fieldFinger      = "fingerprint" // on source records: hash of the extracted document
	fieldPosition    = "position"    // paragraph index in the source: dedupes a passage against its provision
	fieldSpeakerAny  = "speaker_any" // speaker, group members and institutions named in the role
	// fieldGuild is, on records of a server's own documents, serverMarker
	// and guildTerm of the server; absent on the global collection's. A
	// search sees the global collection and the asking server's own
	// documents only (see filters).
	fieldGuild = "guild"
	// fieldGuildFacet holds, on records of a server's own documents only,
	// each facet value keyed by the server (guildFacetTerm), so Suggest
	// can count a value per server without a search (see facetCache).
	fieldGuildFacet = "guild_facet"
	textPrefix      = "text_" // text_<analyzer>: the record text in its language
)

// synonymCollection holds every synonym definition; one synonym source per
// analyzer reads it, because a source must use its field's analyzer.
const synonymCollection = "planbot"

// textField is the field holding text analysed by analyzer.
func textField(analyzer string) string { return textPrefix + analyzer }

// glossaryLangs are the languages the glossary and translations.txt are
// written in. Portuguese came last: without its synonym source an English
// question reached a Portuguese report only through the words the two
// languages spell alike ("nuclear"), whatever the glossary listed; Dutch
// came after it for the same reason. Czech, Slovak and Bulgarian were
// analysed as English, whose source holds their words too; since stop 37
// they have light stemmers (stemlight.go) and, like the languages below,
// get the glossary's words with the query (sourceless.go). Swedish, Danish, Norwegian, Finnish, Hungarian,
// Romanian, Turkish and Croatian had sources of their own for a while in
// stop 33 (with synonyms-more-languages.txt): each source is analysed into
// the thesaurus at every index build, and the eight cost 4.5 CPU-s per
// build (ingest of 20k items 7 -> 11 CPU-s) while the blind search sets
// did better without them; the other sources reach most of those
// languages' glossary words already, all but a few whose stemmer changes
// the word (Finnish "vaalit", Turkish "ordusu"). Those now come with the
// query instead, from the expander's analysis of the glossary
// (sourceless.go), at no cost to a build.
var glossaryLangs = []string{"en", "de", "it", "fr", "es", "pl", "ru", "uk", "pt", "nl"}

// withSynonyms says whether the text field of analyzer has a synonym
// source: only the glossary's languages do. bleve analyses every synonym
// with every source's analyzer when an index is created, and terms the
// glossary has no word for in, say, Croatian would only find the English
// words of a Croatian text, at the cost of a slow stemmer over thousands
// of terms.
func withSynonyms(analyzer string) bool {
	for _, l := range glossaryLangs {
		if analyzerFor(l) == analyzer {
			return true
		}
	}
	return false
}

// synonymSource is the synonym source used by fields analysed by analyzer.
func synonymSource(analyzer string) string { return "syn_" + analyzer }

// analyzerFor returns the analyzer for an ISO 639-1 language code.
func analyzerFor(lang string) string {
	if a, ok := languages[lang]; ok {
		return a
	}
	return en.AnalyzerName
}

// analyzers lists each distinct language analyzer once, sorted.
func analyzers() []string {
	seen := map[string]bool{}
	var out []string
	for _, a := range languages {
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	sort.Strings(out)
	return out
}

// sharedStemmerPL is the token filter type of planbot's Polish analyzer: bleve's
// Polish stemmer, whose dictionary (a trie decoded from embedded data, about
// 8 MB and tens of milliseconds) every bleve mapping would otherwise build
// for itself – once for the process's own mapping and again for the one
// bleve reads back from every opened index. This one is built once per
// process, on the first Polish word analysed.
const sharedStemmerPL = "planbot_stemmer_pl"

// polishStemmer is the process's one Polish stemmer.
var polishStemmer = sync.OnceValues(pl.NewPolishStemmerFilter)

// lazyPolishStemmer stems with polishStemmer, building it on first use.
type lazyPolishStemmer struct{}

func (lazyPolishStemmer) Filter(input analysis.TokenStream) analysis.TokenStream {
	f, err := polishStemmer()
	if err != nil {
		// The dictionary is compiled into the binary: failing to decode it
		// is a broken build, not a condition to recover from.
		panic(fmt.Sprintf("index: bleve's embedded Polish stemmer data: %v", err))
	}
	return f.Filter(input)
}

func init() {
	if err := registry.RegisterTokenFilter(ukStemmer, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return ukStemFilter{}, nil
	}); err != nil {
		panic(err)
	}
	if err := registry.RegisterTokenFilter(sharedStemmerPL, func(map[string]interface{}, *registry.Cache) (analysis.TokenFilter, error) {
		return lazyPolishStemmer{}, nil
	}); err != nil {
		panic(err)
	}
}

// polishAnalyzer is bleve's "pl" analyzer (unicode tokenizer, lower case,
// Polish stop words, stempel stemmer) with the shared stemmer. It is
// defined in the mapping under bleve's own name, which a mapping's custom
// analyzers take precedence over, so the text_pl field and every lookup
// by analyzer name are unchanged, and so are the terms.
func polishAnalyzer() map[string]interface{} {
	return map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{lowercase.Name, pl.StopName, sharedStemmerPL},
	}
}

// yoFilter is the name of the character filter that writes ё as е.
const yoFilter = "planbot_yo"

// russianAnalyzer is bleve's Russian analyzer with ё read as е first:
// Russian text writes "восьмёрка" and "восьмерка", "объём" and "объем"
// for the same word, and a question typed either way must find both. The
// stemmer does not fold the two, so without this one spelling missed the
// other.
func russianAnalyzer() map[string]interface{} {
	return map[string]interface{}{
		"type":          custom.Name,
		"char_filters":  []interface{}{yoFilter},
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{lowercase.Name, ru.StopName, ru.SnowballStemmerName},
	}
}

// ukAnalyzer is the name of planbot's Ukrainian analyzer, and
// ukStemmer of its token filter.
const (
	ukAnalyzer = "planbot_uk"
	ukStemmer  = "planbot_stemmer_uk"
)

// ukrainianAnalyzer splits and lower-cases words as the standard analyzer
// does, then drops Ukrainian stop words and strips case and verb endings
// (ukrainianStem): "гарантії", "гарантій" and "гарантіями" are one term,
// as are "Женева" and "Женеві", "спільне" and "спільного". Without it the
// Ukrainian field held every form apart, and a question found a
// Ukrainian report only where the glossary happened to list the form.
func ukrainianAnalyzer() map[string]interface{} {
	return map[string]interface{}{
		"type":          custom.Name,
		"tokenizer":     unicode.Name,
		"token_filters": []interface{}{lowercase.Name, ukStemmer},
	}
}

// ukStemFilter drops Ukrainian stop words and stems the rest.
type ukStemFilter struct{}

func (ukStemFilter) Filter(input analysis.TokenStream) analysis.TokenStream {
	out := input[:0]
	for _, t := range input {
		w := string(t.Term)
		if ukStopWords[w] {
			continue
		}
		if s := ukrainianStem(w); s != w {
			t.Term = []byte(s)
		}
		out = append(out, t)
	}
	return out
}

// ukStopWords are the Ukrainian function words dropped from the index.
var ukStopWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("і й та а але або в у на з із зі зо до від по за про для при через над під між що як це чи же б би ж так також вже ще його її їх він вона воно вони ми ви я ти цей ця це ці той та те ті який яка яке які котрий") {
		m[w] = true
	}
	return m
}()

// ukSuffixes are the Ukrainian case, adjective and verb endings
// ukrainianStem strips, longest first.
var ukSuffixes = func() []string {
	ss := strings.Fields(`
		ування ювання уванням
		ували ювали увала ювала ував ював ують юють увати ювати
		ями ами іями іях іям ією
		ила или ило ала али ало яла яли ити ати іти яти
		ого ому ими іми ою ею єю ові ах ях ам ям ів їв ий ій ім им ом ої ії ія ію ть ти ли ла ло ав ив
		а я о е є и і ї у ю ь`)
	sort.SliceStable(ss, func(i, j int) bool { return utf8.RuneCountInString(ss[i]) > utf8.RuneCountInString(ss[j]) })
	return ss
}()

// ukrainianStem strips a reflexive ending and then the longest case,
// adjective or verb ending of a Cyrillic word, keeping a stem of three
// letters or more. Words with other letters (Latin names, numbers) are
// left as they are.
func ukrainianStem(w string) string {
	for _, r := range w {
		if !gounicode.Is(gounicode.Cyrillic, r) && r != '\'' && r != '’' {
			return w
		}
	}
	for _, refl := range []string{"ся", "сь"} {
		if strings.HasSuffix(w, refl) && utf8.RuneCountInString(w)-2 >= 4 {
			w = strings.TrimSuffix(w, refl)
			break
		}
	}
	n := utf8.RuneCountInString(w)
	for _, suf := range ukSuffixes {
		if strings.HasSuffix(w, suf) && n-utf8.RuneCountInString(suf) >= 3 {
			return strings.TrimSuffix(w, suf)
		}
	}
	return w
}

// buildMapping returns the one mapping every planbot index uses: BM25
// scoring, keyword fields to filter and suggest on, a date, and one text
// field per language with that language's analyzer and synonym source.
func buildMapping() (*mapping.IndexMappingImpl, error) {
	im := bleve.NewIndexMapping()
	im.ScoringModel = bleveindex.BM25Scoring
	im.DefaultAnalyzer = en.AnalyzerName
	im.IndexDynamic = false
	im.StoreDynamic = false
	im.DocValuesDynamic = false
	// Before the synonym sources, which build their analyzers at once.
	if err := im.AddCustomAnalyzer(pl.AnalyzerName, polishAnalyzer()); err != nil {
		return nil, fmt.Errorf("define the Polish analyzer: %w", err)
	}
	if err := im.AddCustomAnalyzer(de.AnalyzerName, germanAnalyzer()); err != nil {
		return nil, fmt.Errorf("define the German analyzer: %w", err)
	}
	if err := im.AddCustomAnalyzer(ukAnalyzer, ukrainianAnalyzer()); err != nil {
		return nil, fmt.Errorf("define the Ukrainian analyzer: %w", err)
	}
	if err := im.AddCustomAnalyzer(cjk.AnalyzerName, cjkAnalyzer()); err != nil {
		return nil, fmt.Errorf("define the CJK analyzer: %w", err)
	}
	if err := im.AddCustomAnalyzer(heAnalyzer, hebrewAnalyzer()); err != nil {
		return nil, fmt.Errorf("define the Hebrew analyzer: %w", err)
	}
	if err := addLightAnalyzers(im); err != nil {
		return nil, err
	}
	if err := im.AddCustomAnalyzer(hr.AnalyzerName, croatianAnalyzer()); err != nil {
		return nil, fmt.Errorf("define the Croatian analyzer: %w", err)
	}
	if err := im.AddCustomCharFilter(yoFilter, map[string]interface{}{
		"type": regexpchar.Name, "regexp": "[ёЁ]", "replace": "е",
	}); err != nil {
		return nil, fmt.Errorf("define the ё filter: %w", err)
	}
	if err := im.AddCustomAnalyzer(ru.AnalyzerName, russianAnalyzer()); err != nil {
		return nil, fmt.Errorf("define the Russian analyzer: %w", err)
	}

	for _, a := range analyzers() {
		if !withSynonyms(a) {
			continue
		}
		if err := im.AddSynonymSource(synonymSource(a), map[string]interface{}{
			"collection": synonymCollection,
			"analyzer":   a,
		}); err != nil {
			return nil, fmt.Errorf("add synonym source for %s: %w", a, err)
		}
	}

	keywordField := func(store bool) *mapping.FieldMapping {
		f := bleve.NewKeywordFieldMapping()
		f.Store = store
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}
	storedOnly := func() *mapping.FieldMapping {
		f := bleve.NewTextFieldMapping()
		f.Index = false
		f.IncludeTermVectors = false
		f.IncludeInAll = false
		f.DocValues = false
		return f
	}

	rec := bleve.NewDocumentStaticMapping()
	rec.AddFieldMappingsAt(fieldKind, keywordField(true))
	rec.AddFieldMappingsAt(fieldID, storedOnly())
	rec.AddFieldMappingsAt(fieldSourceID, keywordField(true))
	rec.AddFieldMappingsAt(fieldSpeaker, keywordField(true))
	rec.AddFieldMappingsAt(fieldSpeakerAny, keywordField(false))
	rec.AddFieldMappingsAt(fieldRole, storedOnly())
	rec.AddFieldMappingsAt(fieldReportedBy, storedOnly())
	rec.AddFieldMappingsAt(fieldPlan, keywordField(true))
	rec.AddFieldMappingsAt(fieldTopics, keywordField(true))
	// lang is not mapped: nothing filters on a record's language or reads
	// it back (the analyzers in use are kept under keyLangs), so indexing
	// and storing it only cost time and space.
	rec.AddFieldMappingsAt(fieldGuild, keywordField(false))
	rec.AddFieldMappingsAt(fieldGuildFacet, keywordField(false))
	rec.AddFieldMappingsAt(fieldFinger, storedOnly())
	for _, f := range []string{fieldTitle, fieldOutlet, fieldURL, fieldPublished} {
		rec.AddFieldMappingsAt(f, storedOnly())
	}
	num := bleve.NewNumericFieldMapping()
	num.Index = false
	num.IncludeInAll = false
	num.DocValues = false
	rec.AddFieldMappingsAt(fieldNumber, num)
	rec.AddFieldMappingsAt(fieldPosition, num)
	// The date is only sorted on (newest first), never searched by range:
	// a keyword holding the ISO date sorts the same as a datetime, which
	// bleve indexes as 16 terms, a twelfth of the indexing time. It is
	// stored for the hit, so date_text (the same string) is not mapped.
	date := keywordField(true)
	date.DocValues = true
	rec.AddFieldMappingsAt(fieldDate, date)

	title := bleve.NewTextFieldMapping()
	title.Analyzer = en.AnalyzerName
	title.Store = false
	title.IncludeTermVectors = false
	title.IncludeInAll = false
	title.DocValues = false
	rec.AddFieldMappingsAt(fieldSourceTitle, title)

	for _, a := range analyzers() {
		t := bleve.NewTextFieldMapping()
		t.Analyzer = a
		if withSynonyms(a) {
			t.SynonymSource = synonymSource(a)
		}
		// No term vectors: snippets are marked from the returned texts
		// (see mark), so storing every term's positions would only slow
		// indexing and grow the index.
		t.IncludeTermVectors = false
		t.IncludeInAll = false
		t.DocValues = false // no sorting or faceting on text
		rec.AddFieldMappingsAt(textField(a), t)
	}

	// No _all field: every query names its fields, and bleve would
	// otherwise build a composite field (with term vectors) for every
	// record, a sixth of the indexing time, only to leave it empty.
	rec.AddSubDocumentMapping("_all", bleve.NewDocumentDisabledMapping())

	im.DefaultMapping = rec
	if err := im.Validate(); err != nil {
		return nil, fmt.Errorf("validate mapping: %w", err)
	}
	return im, nil
}

// versionString identifies the mapping and synonym data an index was built
// with; an index whose stored version differs is rebuilt.
func versionString(im *mapping.IndexMappingImpl) (string, error) {
	js, err := json.Marshal(im)
	if err != nil {
		return "", fmt.Errorf("marshal mapping: %w", err)
	}
	h := sha256.New()
	h.Write(js)
	h.Write(synonymData)
	h.Write(translationData)
	for _, p := range corpus.People() {
		h.Write([]byte(p.Name + "=" + strings.Join(p.Aliases, "/") + "\n"))
	}
	h.Write(corpus.NameKeysData()) // the name forms indexed beside the text (nameforms.go)
	h.Write(institutionData)
	h.Write(pointGlossJSON)
	h.Write([]byte(unitData)) // the glued units spelt out beside the text (units.go)
	for _, t := range corpus.Topics() {
		h.Write([]byte(t.ID + "=" + topicWords([]string{t.ID}) + "\n"))
	}
	return fmt.Sprintf("%d-%s", mappingVersion, hex.EncodeToString(h.Sum(nil))[:16]), nil
}
