package corpus

import (
	"os"
	"testing"
)

// coordBareBattery: a second speaker's clause joined without a comma, by
// a verb that names or judges, or after a lower-case title, and a fronted
// phrase of time before an act verb (stop 57, ynfen), with negatives the
// rules must leave alone: a coordinated subject, a clause with no speech
// verb, a conjunction of another language, a conjunction inside a quote,
// a call verb that phones.
var coordBareBattery = []probeCase{
	{"en", "Witkoff said much work remained and Umerov called the talks substantive and productive.", "Rustem Umerov", "substantive and productive"},
	{"en", "Witkoff said much work remained and Umerov called the talks substantive and productive.", "Steve Witkoff", "much work remained"},
	{"en", "Witkoff said much work remains; Ukraine's chief negotiator Rustem Umerov called the round substantive.", "Rustem Umerov", "the round substantive"},
	{"en", "Macron promised robust guarantees and Starmer said British hubs would be built after a ceasefire.", "Keir Starmer", "British hubs would be built after a ceasefire"},
	{"en", "After the Paris meeting, Macron promised robust guarantees.", "Emmanuel Macron", "robust guarantees"},
	{"pt", "Lavrov acusou a Ucrânia de atacar uma residência de Putin; Zelensky chamou a acusação de mentira russa.", "Volodymyr Zelensky", "mentira russa"},
	{"it", "Meloni ha detto che il piano va migliorato e Tajani ha definito il testo una base utile.", "Antonio Tajani", "una base utile"},
	{"de", "Merz sagte, die Gespräche seien gut gewesen und Wadephul nannte den Text eine gute Grundlage.", "Johann Wadephul", "eine gute Grundlage"},
	{"ru", "Лавров заявил, что Москва ждёт ответа, а официальный представитель МИД Мария Захарова заявила, что появление европейских войск неприемлемо.", "Maria Zakharova", "появление европейских войск неприемлемо"},
	{"pl", "Tusk powiedział, że nie ma dobrego pokoju bez Ukrainy, a Radosław Sikorski przypomniał, że Rosja nie może być nagradzana za agresję.", "Radosław Sikorski", "Rosja nie może być nagradzana za agresję"},
	// negatives
	{"en", "Witkoff said the talks would go on and Umerov would attend them.", "Steve Witkoff", "the talks would go on and Umerov would attend them"},
	{"en", "Witkoff and Kushner said the talks were useful.", "Steve Witkoff and Jared Kushner", "the talks were useful"},
	{"en", "Witkoff said the talks went well and Trump called Putin on Monday.", "", "Putin on Monday"},
	{"en", "The talks will continue on Monday, Peskov said.", "Dmitry Peskov", "The talks will continue on Monday"},
	{"fr", "Macron a jugé que l'usage des avoirs russes gelés en Europe relevait des seuls Européens.", "Emmanuel Macron", "gelés en Europe relevait des seuls Européens"},
	{"it", "«Il punto 21 chiede il ritiro dal Donetsk, e lo chiama zona cuscinetto: questa è una resa», ha detto Meloni.", "Giorgia Meloni", "e lo chiama zona cuscinetto"},
}

// TestCoordBareBattery runs coordBareBattery.
func TestCoordBareBattery(t *testing.T) {
	pass := checkProbes(t, coordBareBattery, nil, os.Getenv("PROBES_ALL") != "")
	t.Logf("%d of %d probes pass", pass, len(coordBareBattery))
}
