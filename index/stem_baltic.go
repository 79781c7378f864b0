package index

import gounicode "unicode"

// Lithuanian and Latvian light stemmers (see stemlight.go). Both languages
// mark case, number and gender in the ending alone, and the endings are
// many: "susitarimas", "susitarimo", "susitarimą", "susitarime",
// "susitarimai", "susitarimų" are one word, as are Latvian "līgums",
// "līguma", "līgumu", "līgumā", "līgumi". One pass strips the longest
// ending that leaves three letters.

// lithuanianStemmer strips Lithuanian noun, adjective and verb endings.
var lithuanianStemmer = &lightStemmer{
	filter:   "planbot_stemmer_lt",
	analyzer: "planbot_lt",
	script:   gounicode.Latin,
	passes: []stemPass{{min: 3, endings: endings(`
		iuosius uosius iesiems osioms iosios ajame ojoje
		iuose iomis iams ioms iais uose ėmis imis umis omis ojo oji ajam ąją ieji asis
		ose ėse yse ams oms ėms ims ums ais iai iui ios ių iu io ią
		oje ėje yje uje ame ome ote ate
		uoti auti inti yti oti ėti ėjo avo davo dami damas ant ęs usi
		ies ti ai ei ui as is ys us os ės
		a ą ė ę į ų o e y u i`)}},
}

// latvianStemmer strips Latvian noun, adjective and verb endings.
var latvianStemmer = &lightStemmer{
	filter:   "planbot_stemmer_lv",
	analyzer: "planbot_lv",
	script:   gounicode.Latin,
	passes: []stemPass{{min: 3, endings: endings(`
		ajiem ajām ajās ošās ošie ošo
		iem ām ēm īm ās ēs os ai ei am im um us is as es ās
		oja ot ēt īt āt jis jusi
		a ā e ē i ī o u ū s š`)}},
}
