package corpus

import "testing"

// TestRelayedInDashedAnswer checks that a dashed interview's answer stays
// the guest's statement while the speech it reports by someone else is
// read too, in Ukrainian and English.
func TestRelayedInDashedAnswer(t *testing.T) {
	for _, c := range []struct{ name, body, guest, other, otherText string }{
		{"uk", "---\ntitle: \"Розмова про мирний план\"\nlang: uk\n---\n\n*Колишня посолка України Оксана Левадна — про американський план і європейські правки.*\n\n— Що в плані було найнебезпечнішим?\n\n— Територіальна частина, бо вона закріплює окупацію.\n\n— А що кажуть у Москві?\n\n— Помічник президента Росії Юрій Ушаков сказав, що компромісу щодо територій не знайдено. Але я бачу одне: Кремль тягне час.\n",
			"Оксана Левадна", "Yuri Ushakov", "компромісу щодо територій не знайдено"},
		{"en", "---\ntitle: \"A conversation on the peace plan\"\nlang: en\n---\n\n*Former ambassador Tom Hale – on the US plan and the European changes.*\n\n— What was the most dangerous part of the plan?\n\n— The territorial part, because it fixes the occupation in place.\n\n— And what does Moscow say?\n\n— The Kremlin aide Yuri Ushakov said that no compromise on territory had been found. But I see one thing: the Kremlin is playing for time.\n",
			"Tom Hale", "Yuri Ushakov", "no compromise on territory had been found"},
	} {
		guest, other := 0, false
		for _, s := range statementsOf(t, c.body) {
			switch s.Speaker {
			case c.guest:
				guest++
			case c.other:
				other = other || s.Text == c.otherText
			default:
				t.Errorf("%s: unexpected statement %q by %q", c.name, s.Text, s.Speaker)
			}
		}
		if guest != 2 || !other {
			t.Errorf("%s: %d answers by %s (want 2), reported speech by %s found: %v", c.name, guest, c.guest, c.other, other)
		}
	}
}
