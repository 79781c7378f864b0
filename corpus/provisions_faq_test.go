package corpus

import "testing"

// TestProvisionsFAQAnswers checks FAQ pages whose answers cite points: a
// version one answer names beside a point does not carry into the next
// answer, whose points are of the version the page is about.
func TestProvisionsFAQAnswers(t *testing.T) {
	checkFresh(t, []freshCase{
		{name: "english FAQ", doc: "# Your questions answered\n\nWe answer what readers ask most.\n\nWhat is the 28-point plan?\n\nA draft deal written in Washington and handed to Kyiv.\n\nWhat about the army?\n\nPoint 6 caps the army at 600,000. The European counter-proposal raises that to 800,000 in the same point.\n\nAnd the jets?\n\nPoint 9 stations European fighter jets in Poland.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 9, Text: "fighter jets in Poland"}}},
		{name: "ukrainian FAQ", doc: "# Запитання і відповіді\n\nВідповідаємо на запитання читачів.\n\nЩо таке план з 28 пунктів?\n\nЦе проєкт угоди, який підготували у Вашингтоні.\n\nЩо про армію?\n\nШостий пункт обмежує армію 600 тисячами. Європейська контрпропозиція в тому ж пункті пропонує 800 тисяч.\n\nА про амністію?\n\nПункт 26 передбачає повну амністію для всіх сторін.\n",
			want: []Provision{{Plan: "US 28-point draft", Number: 6, Text: "600 тисячами"}, {Plan: "US 28-point draft", Number: 26, Text: "повну амністію"}}},
	})
}
