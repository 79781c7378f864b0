package corpus

import (
	"os"
	"strings"
	"testing"
)

// nameForm is one spelling of a public figure as a language writes it: the
// nominative and, for the languages that decline names, the genitive after
// "according to" (ru "по словам", uk "за словами", pl "według", cs
// "podle"). f marks a woman (the verb agrees in ru, uk, pl, cs).
type nameForm struct {
	lang, nom, gen, canon string
	f                     bool
}

// nameForms: spellings seen in real coverage (Ukrinform, TASS, RFI, Le
// Grand Continent, Spiegel, ANSA, EFE, TVN24, ČT24 and the like), invented
// sentences around them.
var nameForms = []nameForm{
	// Zelensky
	{"en", "Zelenskiy", "", "Volodymyr Zelensky", false},
	{"en", "Zelenskyy", "", "Volodymyr Zelensky", false},
	{"de", "Selenskyj", "", "Volodymyr Zelensky", false},
	{"fr", "Zelensky", "", "Volodymyr Zelensky", false},
	{"it", "Zelensky", "", "Volodymyr Zelensky", false},
	{"es", "Zelenski", "", "Volodymyr Zelensky", false},
	{"pt", "Zelensky", "", "Volodymyr Zelensky", false},
	{"pl", "Zełenski", "Zełenskiego", "Volodymyr Zelensky", false},
	{"cs", "Zelenskyj", "Zelenského", "Volodymyr Zelensky", false},
	{"ru", "Зеленский", "Зеленского", "Volodymyr Zelensky", false},
	{"uk", "Зеленський", "Зеленського", "Volodymyr Zelensky", false},
	// Peskov
	{"en", "Peskov", "", "Dmitry Peskov", false},
	{"de", "Peskow", "", "Dmitry Peskov", false},
	{"fr", "Peskov", "", "Dmitry Peskov", false},
	{"it", "Peskov", "", "Dmitry Peskov", false},
	{"es", "Peskov", "", "Dmitry Peskov", false},
	{"pt", "Peskov", "", "Dmitry Peskov", false},
	{"pl", "Pieskow", "Pieskowa", "Dmitry Peskov", false},
	{"cs", "Peskov", "Peskova", "Dmitry Peskov", false},
	{"ru", "Песков", "Пескова", "Dmitry Peskov", false},
	{"uk", "Пєсков", "Пєскова", "Dmitry Peskov", false},
	// Ushakov
	{"en", "Ushakov", "", "Yuri Ushakov", false},
	{"de", "Uschakow", "", "Yuri Ushakov", false},
	{"fr", "Ouchakov", "", "Yuri Ushakov", false},
	{"it", "Ušakov", "", "Yuri Ushakov", false},
	{"es", "Ushakov", "", "Yuri Ushakov", false},
	{"pt", "Ushakov", "", "Yuri Ushakov", false},
	{"pl", "Uszakow", "Uszakowa", "Yuri Ushakov", false},
	{"cs", "Ušakov", "Ušakova", "Yuri Ushakov", false},
	{"ru", "Ушаков", "Ушакова", "Yuri Ushakov", false},
	{"uk", "Ушаков", "Ушакова", "Yuri Ushakov", false},
	// Witkoff
	{"en", "Witkoff", "", "Steve Witkoff", false},
	{"de", "Witkoff", "", "Steve Witkoff", false},
	{"fr", "Witkoff", "", "Steve Witkoff", false},
	{"it", "Witkoff", "", "Steve Witkoff", false},
	{"es", "Witkoff", "", "Steve Witkoff", false},
	{"pl", "Witkoff", "Witkoffa", "Steve Witkoff", false},
	{"cs", "Witkoff", "Witkoffa", "Steve Witkoff", false},
	{"ru", "Уиткофф", "Уиткоффа", "Steve Witkoff", false},
	{"uk", "Віткофф", "Віткоффа", "Steve Witkoff", false},
	// Umerov
	{"en", "Umerov", "", "Rustem Umerov", false},
	{"de", "Umjerow", "", "Rustem Umerov", false},
	{"fr", "Oumerov", "", "Rustem Umerov", false},
	{"it", "Umerov", "", "Rustem Umerov", false},
	{"pl", "Umierow", "Umierowa", "Rustem Umerov", false},
	{"cs", "Umerov", "Umerova", "Rustem Umerov", false},
	{"ru", "Умеров", "Умерова", "Rustem Umerov", false},
	{"uk", "Умєров", "Умєрова", "Rustem Umerov", false},
	// Yermak
	{"en", "Yermak", "", "Andriy Yermak", false},
	{"de", "Jermak", "", "Andriy Yermak", false},
	{"fr", "Iermak", "", "Andriy Yermak", false},
	{"pl", "Jermak", "Jermaka", "Andriy Yermak", false},
	{"cs", "Jermak", "Jermaka", "Andriy Yermak", false},
	{"ru", "Ермак", "Ермака", "Andriy Yermak", false},
	{"uk", "Єрмак", "Єрмака", "Andriy Yermak", false},
	// Sybiha
	{"en", "Sybiha", "", "Andrii Sybiha", false},
	{"de", "Sybiha", "", "Andrii Sybiha", false},
	{"fr", "Sybiha", "", "Andrii Sybiha", false},
	{"pl", "Sybiha", "Sybihy", "Andrii Sybiha", false},
	{"cs", "Sybiha", "Sybihy", "Andrii Sybiha", false},
	{"ru", "Сибига", "Сибиги", "Andrii Sybiha", false},
	{"uk", "Сибіга", "Сибіги", "Andrii Sybiha", false},
	// Rubio
	{"en", "Rubio", "", "Marco Rubio", false},
	{"de", "Rubio", "", "Marco Rubio", false},
	{"es", "Rubio", "", "Marco Rubio", false},
	{"pl", "Rubio", "Rubio", "Marco Rubio", false},
	{"cs", "Rubio", "Rubia", "Marco Rubio", false},
	{"ru", "Рубио", "Рубио", "Marco Rubio", false},
	{"uk", "Рубіо", "Рубіо", "Marco Rubio", false},
	// Kushner
	{"en", "Kushner", "", "Jared Kushner", false},
	{"de", "Kushner", "", "Jared Kushner", false},
	{"pl", "Kushner", "Kushnera", "Jared Kushner", false},
	{"cs", "Kushner", "Kushnera", "Jared Kushner", false},
	{"ru", "Кушнер", "Кушнера", "Jared Kushner", false},
	{"uk", "Кушнер", "Кушнера", "Jared Kushner", false},
	// Dmitriev
	{"en", "Dmitriev", "", "Kirill Dmitriev", false},
	{"de", "Dmitrijew", "", "Kirill Dmitriev", false},
	{"fr", "Dmitriev", "", "Kirill Dmitriev", false},
	{"it", "Dmitriev", "", "Kirill Dmitriev", false},
	{"pl", "Dmitrijew", "Dmitrijewa", "Kirill Dmitriev", false},
	{"cs", "Dmitrijev", "Dmitrijeva", "Kirill Dmitriev", false},
	{"ru", "Дмитриев", "Дмитриева", "Kirill Dmitriev", false},
	{"uk", "Дмитрієв", "Дмитрієва", "Kirill Dmitriev", false},
	// Zakharova
	{"en", "Zakharova", "", "Maria Zakharova", true},
	{"de", "Sacharowa", "", "Maria Zakharova", true},
	{"fr", "Zakharova", "", "Maria Zakharova", true},
	{"it", "Zakharova", "", "Maria Zakharova", true},
	{"pl", "Zacharowa", "Zacharowej", "Maria Zakharova", true},
	{"cs", "Zacharovová", "Zacharovové", "Maria Zakharova", true},
	{"ru", "Захарова", "Захаровой", "Maria Zakharova", true},
	{"uk", "Захарова", "Захарової", "Maria Zakharova", true},
	// Lavrov
	{"en", "Lavrov", "", "Sergei Lavrov", false},
	{"de", "Lawrow", "", "Sergei Lavrov", false},
	{"fr", "Lavrov", "", "Sergei Lavrov", false},
	{"pl", "Ławrow", "Ławrowa", "Sergei Lavrov", false},
	{"cs", "Lavrov", "Lavrova", "Sergei Lavrov", false},
	{"ru", "Лавров", "Лаврова", "Sergei Lavrov", false},
	{"uk", "Лавров", "Лаврова", "Sergei Lavrov", false},
	// Putin, Trump, Macron, Merz, Meloni, Kallas, Rutte, Starmer
	{"fr", "Poutine", "", "Vladimir Putin", false},
	{"pl", "Putin", "Putina", "Vladimir Putin", false},
	{"cs", "Putin", "Putina", "Vladimir Putin", false},
	{"uk", "Путін", "Путіна", "Vladimir Putin", false},
	{"pl", "Trump", "Trumpa", "Donald Trump", false},
	{"cs", "Trump", "Trumpa", "Donald Trump", false},
	{"ru", "Трамп", "Трампа", "Donald Trump", false},
	{"uk", "Трамп", "Трампа", "Donald Trump", false},
	{"pl", "Macron", "Macrona", "Emmanuel Macron", false},
	{"ru", "Макрон", "Макрона", "Emmanuel Macron", false},
	{"pl", "Merz", "Merza", "Friedrich Merz", false},
	{"cs", "Merz", "Merze", "Friedrich Merz", false},
	{"ru", "Мерц", "Мерца", "Friedrich Merz", false},
	{"pl", "Meloni", "Meloni", "Giorgia Meloni", true},
	{"pl", "Kallas", "Kallas", "Kaja Kallas", true},
	{"uk", "Каллас", "Каллас", "Kaja Kallas", true},
	{"pl", "Rutte", "Ruttego", "Mark Rutte", false},
	{"pl", "Starmer", "Starmera", "Keir Starmer", false},
	{"ru", "Стармер", "Стармера", "Keir Starmer", false},
	// Vance, Driscoll, Kellogg, Budanov, Medvedev, Tusk, Sikorski
	{"pl", "Vance", "Vance'a", "JD Vance", false},
	{"ru", "Вэнс", "Вэнса", "JD Vance", false},
	{"uk", "Венс", "Венса", "JD Vance", false},
	{"pl", "Driscoll", "Driscolla", "Dan Driscoll", false},
	{"ru", "Дрисколл", "Дрисколла", "Dan Driscoll", false},
	{"ru", "Келлог", "Келлога", "Keith Kellogg", false},
	{"de", "Budanow", "", "Kyrylo Budanov", false},
	{"pl", "Budanow", "Budanowa", "Kyrylo Budanov", false},
	{"uk", "Буданов", "Буданова", "Kyrylo Budanov", false},
	{"de", "Medwedew", "", "Dmitry Medvedev", false},
	{"pl", "Miedwiediew", "Miedwiediewa", "Dmitry Medvedev", false},
	{"ru", "Медведев", "Медведева", "Dmitry Medvedev", false},
	{"pl", "Tusk", "Tuska", "Donald Tusk", false},
	{"pl", "Sikorski", "Sikorskiego", "Radosław Sikorski", false},
	{"uk", "Сікорський", "Сікорського", "Radosław Sikorski", false},
	{"ru", "Туск", "Туска", "Donald Tusk", false},
	// short surnames (a key under minNameKey matches whole spellings only)
	{"cs", "Rutte", "Rutteho", "Mark Rutte", false},
	{"ru", "Рютте", "Рютте", "Mark Rutte", false},
	{"pl", "Orbán", "Orbána", "Viktor Orbán", false},
	{"cs", "Orbán", "Orbána", "Viktor Orbán", false},
	{"pl", "Costa", "Costy", "António Costa", false},
	{"cs", "Tusk", "Tuska", "Donald Tusk", false},
	{"cs", "Vance", "Vance", "JD Vance", false},
	{"ru", "Стубб", "Стубба", "Alexander Stubb", false},
	{"pl", "Stubb", "Stubba", "Alexander Stubb", false},
	// full names: given name and surname both declined
	{"ru", "Дмитрий Песков", "Дмитрия Пескова", "Dmitry Peskov", false},
	{"ru", "Юрий Ушаков", "Юрия Ушакова", "Yuri Ushakov", false},
	{"ru", "Кирилл Дмитриев", "Кирилла Дмитриева", "Kirill Dmitriev", false},
	{"ru", "Мария Захарова", "Марии Захаровой", "Maria Zakharova", true},
	{"ru", "Сергей Лавров", "Сергея Лаврова", "Sergei Lavrov", false},
	{"ru", "Стив Уиткофф", "Стива Уиткоффа", "Steve Witkoff", false},
	{"ru", "Владимир Зеленский", "Владимира Зеленского", "Volodymyr Zelensky", false},
	{"uk", "Андрій Сибіга", "Андрія Сибіги", "Andrii Sybiha", false},
	{"uk", "Рустем Умєров", "Рустема Умєрова", "Rustem Umerov", false},
	{"uk", "Володимир Зеленський", "Володимира Зеленського", "Volodymyr Zelensky", false},
	{"uk", "Марко Рубіо", "Марко Рубіо", "Marco Rubio", false},
	{"uk", "Стів Віткофф", "Стіва Віткоффа", "Steve Witkoff", false},
	{"pl", "Wołodymyr Zełenski", "Wołodymyra Zełenskiego", "Volodymyr Zelensky", false},
	{"pl", "Andrij Sybiha", "Andrija Sybihy", "Andrii Sybiha", false},
	{"pl", "Rustem Umierow", "Rustema Umierowa", "Rustem Umerov", false},
	{"pl", "Siergiej Ławrow", "Siergieja Ławrowa", "Sergei Lavrov", false},
	{"pl", "Dmitrij Pieskow", "Dmitrija Pieskowa", "Dmitry Peskov", false},
	{"pl", "Jurij Uszakow", "Jurija Uszakowa", "Yuri Ushakov", false},
	{"pl", "Kiriłł Dmitrijew", "Kiriłła Dmitrijewa", "Kirill Dmitriev", false},
	{"pl", "Marco Rubio", "Marco Rubio", "Marco Rubio", false},
	{"cs", "Volodymyr Zelenskyj", "Volodymyra Zelenského", "Volodymyr Zelensky", false},
	{"cs", "Sergej Lavrov", "Sergeje Lavrova", "Sergei Lavrov", false},
	{"cs", "Dmitrij Peskov", "Dmitrije Peskova", "Dmitry Peskov", false},
	{"cs", "Jurij Ušakov", "Jurije Ušakova", "Yuri Ushakov", false},
	{"cs", "Marija Zacharovová", "Mariji Zacharovové", "Maria Zakharova", true},
	{"cs", "Andrij Sybiha", "Andrije Sybihy", "Andrii Sybiha", false},
	{"cs", "Rustem Umerov", "Rustema Umerova", "Rustem Umerov", false},
	{"cs", "Steve Witkoff", "Steva Witkoffa", "Steve Witkoff", false},
	{"de", "Juri Uschakow", "", "Yuri Ushakov", false},
	{"de", "Kirill Dmitrijew", "", "Kirill Dmitriev", false},
	{"de", "Rustem Umjerow", "", "Rustem Umerov", false},
	{"de", "Andrij Jermak", "", "Andriy Yermak", false},
	{"de", "Andrij Sybiha", "", "Andrii Sybiha", false},
	{"de", "Maria Sacharowa", "", "Maria Zakharova", true},
	{"fr", "Iouri Ouchakov", "", "Yuri Ushakov", false},
	{"fr", "Kirill Dmitriev", "", "Kirill Dmitriev", false},
	{"fr", "Andriï Iermak", "", "Andriy Yermak", false},
	{"fr", "Andriï Sybiha", "", "Andrii Sybiha", false},
	{"fr", "Dmitri Peskov", "", "Dmitry Peskov", false},
	{"fr", "Sergueï Lavrov", "", "Sergei Lavrov", false},
	{"it", "Yuri Ushakov", "", "Yuri Ushakov", false},
	{"it", "Dmitry Peskov", "", "Dmitry Peskov", false},
	{"it", "Andriy Yermak", "", "Andriy Yermak", false},
	{"it", "Maria Zakharova", "", "Maria Zakharova", true},
	{"es", "Yuri Ushakov", "", "Yuri Ushakov", false},
	{"es", "Kiril Dmítriev", "", "Kirill Dmitriev", false},
	{"es", "Andrí Yermak", "", "Andriy Yermak", false},
	{"es", "Rustem Umérov", "", "Rustem Umerov", false},
	{"es", "Serguéi Lavrov", "", "Sergei Lavrov", false},
	{"es", "María Zajárova", "", "Maria Zakharova", true},
	{"es", "Dmitri Peskov", "", "Dmitry Peskov", false},
	{"pt", "Yuri Ushakov", "", "Yuri Ushakov", false},
	{"pt", "Serguei Lavrov", "", "Sergei Lavrov", false},
	{"pt", "Maria Zakharova", "", "Maria Zakharova", true},
	{"pt", "Kirill Dmitriev", "", "Kirill Dmitriev", false},
}

// nameTemplates: per language, "X said that …", "…, X said" and "according
// to X, …" (the last with the genitive where the language declines). The
// statement fragment is the same in each row of a language.
var nameTemplates = map[string]struct{ said, after, per, sheSaid, sheAfter, what string }{
	"en": {"%s said that the plan needs more work.", "The plan needs more work, %s said.", "According to %s, the plan needs more work.", "", "", "needs more work"},
	"de": {"%s sagte, der Plan müsse überarbeitet werden.", "Der Plan muss überarbeitet werden, sagte %s.", "Nach Angaben von %s muss der Plan überarbeitet werden.", "", "", "überarbeitet werden"},
	"fr": {"%s a déclaré que le plan devait être revu.", "Le plan doit être revu, a déclaré %s.", "Selon %s, le plan doit être revu.", "", "", "être revu"},
	"it": {"%s ha detto che il piano va rivisto.", "Il piano va rivisto, ha detto %s.", "Secondo %s, il piano va rivisto.", "", "", "va rivisto"},
	"es": {"%s dijo que el plan debe revisarse.", "El plan debe revisarse, dijo %s.", "Según %s, el plan debe revisarse.", "", "", "debe revisarse"},
	"pt": {"%s disse que o plano precisa de revisão.", "O plano precisa de revisão, disse %s.", "Segundo %s, o plano precisa de revisão.", "", "", "precisa de revisão"},
	"pl": {"%s powiedział, że plan wymaga poprawek.", "„Plan wymaga poprawek” – powiedział %s.", "Według %s plan wymaga poprawek.", "%s powiedziała, że plan wymaga poprawek.", "„Plan wymaga poprawek” – powiedziała %s.", "wymaga poprawek"},
	"cs": {"%s řekl, že plán vyžaduje úpravy.", "Plán vyžaduje úpravy, řekl %s.", "Podle %s plán vyžaduje úpravy.", "%s řekla, že plán vyžaduje úpravy.", "Plán vyžaduje úpravy, řekla %s.", "vyžaduje úpravy"},
	"ru": {"%s заявил, что план требует доработки.", "План требует доработки, заявил %s.", "По словам %s, план требует доработки.", "%s заявила, что план требует доработки.", "План требует доработки, заявила %s.", "требует доработки"},
	"uk": {"%s заявив, що план потребує доопрацювання.", "План потребує доопрацювання, заявив %s.", "За словами %s, план потребує доопрацювання.", "%s заявила, що план потребує доопрацювання.", "План потребує доопрацювання, заявила %s.", "потребує доопрацювання"},
}

// nameBattery builds the cases: each form in the three shapes, and in
// ru/uk/pl a meeting "with X" in the instrumental before another speaker.
func nameBattery() []probeCase {
	var out []probeCase
	for _, nf := range nameForms {
		tp := nameTemplates[nf.lang]
		said, after := tp.said, tp.after
		if nf.f && tp.sheSaid != "" {
			said, after = tp.sheSaid, tp.sheAfter
		}
		gen := nf.gen
		if gen == "" {
			gen = nf.nom
		}
		for _, s := range []string{strings.Replace(said, "%s", nf.nom, 1), strings.Replace(after, "%s", nf.nom, 1), strings.Replace(tp.per, "%s", gen, 1)} {
			out = append(out, probeCase{nf.lang, s, nf.canon, tp.what})
		}
	}
	// the other party after "with" is not the speaker
	out = append(out,
		probeCase{"ru", "После встречи с Уиткоффом Ушаков заявил, что план требует доработки.", "Yuri Ushakov", "требует доработки"},
		probeCase{"ru", "После переговоров с Кушнером Дмитриев заявил, что план требует доработки.", "Kirill Dmitriev", "требует доработки"},
		probeCase{"uk", "Після зустрічі з Віткоффом Умєров заявив, що план потребує доопрацювання.", "Rustem Umerov", "потребує доопрацювання"},
		probeCase{"pl", "Po spotkaniu z Witkoffem Umierow powiedział, że plan wymaga poprawek.", "Rustem Umerov", "wymaga poprawek"},
		probeCase{"cs", "Po schůzce s Witkoffem Umerov řekl, že plán vyžaduje úpravy.", "Rustem Umerov", "vyžaduje úpravy"},
	)
	// titles, "as X said", appositions after "according to the title"
	out = append(out, []probeCase{
		{"ru", "Как заявил Песков, план требует доработки.", "Dmitry Peskov", "требует доработки"},
		{"ru", "Как сообщила Захарова, план требует доработки.", "Maria Zakharova", "требует доработки"},
		{"ru", "По мнению Лаврова, план требует доработки.", "Sergei Lavrov", "требует доработки"},
		{"ru", "Пресс-секретарь Кремля Дмитрий Песков заявил, что план требует доработки.", "Dmitry Peskov", "требует доработки"},
		{"ru", "Помощник президента Юрий Ушаков заявил, что план требует доработки.", "Yuri Ushakov", "требует доработки"},
		{"uk", "Як заявив Пєсков, план потребує доопрацювання.", "Dmitry Peskov", "потребує доопрацювання"},
		{"uk", "На думку Сибіги, план потребує доопрацювання.", "Andrii Sybiha", "потребує доопрацювання"},
		{"uk", "Речник Кремля Дмитро Пєсков заявив, що план потребує доопрацювання.", "Dmitry Peskov", "потребує доопрацювання"},
		{"pl", "Jak powiedział Pieskow, plan wymaga poprawek.", "Dmitry Peskov", "wymaga poprawek"},
		{"pl", "Zdaniem Pieskowa plan wymaga poprawek.", "Dmitry Peskov", "wymaga poprawek"},
		{"pl", "Rzecznik Kremla Dmitrij Pieskow powiedział, że plan wymaga poprawek.", "Dmitry Peskov", "wymaga poprawek"},
		{"pl", "Plan wymaga poprawek – powiedział Zełenski.", "Volodymyr Zelensky", "wymaga poprawek"},
		{"pl", "Plan wymaga poprawek, powiedział Zełenski.", "Volodymyr Zelensky", "wymaga poprawek"},
		{"cs", "Jak uvedl Peskov, plán vyžaduje úpravy.", "Dmitry Peskov", "vyžaduje úpravy"},
		{"cs", "Mluvčí Kremlu Dmitrij Peskov řekl, že plán vyžaduje úpravy.", "Dmitry Peskov", "vyžaduje úpravy"},
		{"cs", "Kušner řekl, že plán vyžaduje úpravy.", "Jared Kushner", "vyžaduje úpravy"},
		{"cs", "Podle Kušnera plán vyžaduje úpravy.", "Jared Kushner", "vyžaduje úpravy"},
		{"cs", "Po schůzce se Zelenským Witkoff řekl, že plán vyžaduje úpravy.", "Steve Witkoff", "vyžaduje úpravy"},
		{"de", "Laut Peskow muss der Plan überarbeitet werden.", "Dmitry Peskov", "überarbeitet werden"},
		{"de", "Wie Peskow sagte, muss der Plan überarbeitet werden.", "Dmitry Peskov", "überarbeitet werden"},
		{"de", "Kremlsprecher Dmitri Peskow sagte, der Plan müsse überarbeitet werden.", "Dmitry Peskov", "überarbeitet werden"},
		{"de", "Selenskyjs Berater Jermak sagte, der Plan müsse überarbeitet werden.", "Andriy Yermak", "überarbeitet werden"},
		{"it", "Come ha detto Peskov, il piano va rivisto.", "Dmitry Peskov", "va rivisto"},
		{"it", "Secondo quanto riferito da Peskov, il piano va rivisto.", "Dmitry Peskov", "va rivisto"},
		{"it", "Zelenskij ha detto che il piano va rivisto.", "Volodymyr Zelensky", "va rivisto"},
		{"it", "Ushakov ha detto che il piano va rivisto.", "Yuri Ushakov", "va rivisto"},
		{"fr", "Selon Dmitri Peskov, porte-parole du Kremlin, le plan doit être revu.", "Dmitry Peskov", "être revu"},
		{"es", "Según el portavoz del Kremlin, Dmitri Peskov, el plan debe revisarse.", "Dmitry Peskov", "debe revisarse"},
		{"es", "Zelenski dijo que el plan debe revisarse.", "Volodymyr Zelensky", "debe revisarse"},
		{"pt", "Segundo Zelensky, o plano precisa de revisão.", "Volodymyr Zelensky", "precisa de revisão"},
		{"pt", "Zelenski disse que o plano precisa de revisão.", "Volodymyr Zelensky", "precisa de revisão"},
		{"en", "Zelenskyy's chief of staff Andriy Yermak said the plan needs more work.", "Andriy Yermak", "needs more work"},
		{"en", "Ukraine's chief negotiator Rustem Umerov said the plan needs more work.", "Rustem Umerov", "needs more work"},
		{"en", "Kremlin aide Yury Ushakov said the plan needs more work.", "Yuri Ushakov", "needs more work"},
		{"en", "Kirill Dmitriyev said the plan needs more work.", "Kirill Dmitriev", "needs more work"},
		{"en", "Andrii Sybiha said the plan needs more work.", "Andrii Sybiha", "needs more work"},
		{"en", "According to the Kremlin spokesman, Dmitry Peskov, the plan needs more work.", "Dmitry Peskov", "needs more work"},
		{"fr", "Selon le porte-parole du Kremlin, Dmitri Peskov, le plan doit être revu.", "Dmitry Peskov", "être revu"},
		{"it", "Secondo il portavoce del Cremlino, Dmitry Peskov, il piano va rivisto.", "Dmitry Peskov", "va rivisto"},
		{"pt", "Segundo o porta-voz do Kremlin, Dmitri Peskov, o plano precisa de revisão.", "Dmitry Peskov", "precisa de revisão"},
		{"es", "Según el portavoz del Kremlin Dmitri Peskov, el plan debe revisarse.", "Dmitry Peskov", "debe revisarse"},
		{"es", "Según el presidente ucraniano, Volodímir Zelenski, el plan debe revisarse.", "Volodymyr Zelensky", "debe revisarse"},
		{"es", "Según el canciller ruso, Serguéi Lavrov, el plan debe revisarse.", "Sergei Lavrov", "debe revisarse"},
		// a man of the same surname key who is not in the lexicon stays himself
		{"es", "Mijaíl Zajárov dijo que el plan debe revisarse.", "Mijaíl Zajárov", "debe revisarse"},
	}...)
	return out
}

// TestNameBattery: the spellings and case forms of the story's public
// figures in ten languages give one canonical speaker (issue 12).
// NAMES_ALL=1 lists every failure, including the forms left open.
func TestNameBattery(t *testing.T) {
	all := os.Getenv("NAMES_ALL") != ""
	pass, cases := 0, nameBattery()
	for _, tc := range cases {
		ok, got := runProbe(t, tc)
		if ok {
			pass++
			continue
		}
		if all || !nameOpen[tc.text] {
			t.Errorf("%s: %q\n got %q\nwant %s: %s", tc.lang, tc.text, got, tc.speaker, tc.said)
		}
	}
	t.Logf("%d of %d name probes pass", pass, len(cases))
}

// nameOpen lists the battery's cases known to fail (docs/design.md, xnames).
var nameOpen = map[string]bool{
	// title, institution and name with no comma between: the institution is read as the source
	"Según el portavoz del Kremlin Dmitri Peskov, el plan debe revisarse.": true,
}
