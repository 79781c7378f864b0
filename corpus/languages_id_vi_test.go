package corpus

import "testing"

// TestIndonesianStatements checks Indonesian attribution: a title before
// the name ("Menteri Luar Negeri …"), speech verbs with and without
// "bahwa", a pronoun "ia" going on with the last speaker, an inverted
// "kata X kepada Y" after a quotation, an unnamed source opened by
// "seorang", a time phrase between speaker and verb ("pada 21 November"),
// and "Menurut <title>, <name>, …" whose name stands after the title.
func TestIndonesianStatements(t *testing.T) {
	id := "---\ntitle: t\nlang: id\n---\n\n"
	checkStatements(t, []statementCase{
		{"title, mengatakan bahwa", id + "Menteri Luar Negeri Budi Santoso mengatakan bahwa perundingan masih panjang.", "Budi Santoso", "perundingan masih panjang"},
		{"menyatakan without bahwa", id + "Presiden Rusia Vladimir Putin menyatakan siap membahas naskah itu.", "Vladimir Putin", "siap membahas naskah itu"},
		{"time phrase before the verb", id + "Juru bicara Kremlin Dmitry Peskov pada 3 Desember hanya mengatakan bahwa Moskow menunggu versi baru.", "Dmitry Peskov", "Moskow menunggu versi baru"},
		{"pronoun ia", id + "Menteri Luar Negeri Budi Santoso berbicara di Jakarta. Dalam jumpa pers itu, ia mengatakan bahwa Indonesia mendukung dialog.", "Budi Santoso", "Indonesia mendukung dialog"},
		{"kata X kepada outlet", id + "Menteri Luar Negeri Budi Santoso berbicara di Jakarta.\n\n\"Kami siap menjadi tuan rumah,\" kata Santoso kepada Kabar Pagi.", "Budi Santoso", "Kami siap menjadi tuan rumah"},
		{"unnamed seorang", id + "Seorang pejabat Eropa di Jakarta mengatakan kepada Kabar Pagi bahwa naskah itu masih berubah.", "unnamed source", "naskah itu masih berubah"},
		{"menurut title, name", id + "Menurut pengamat politik Universitas Samudra, Arif Wicaksono, rencana itu disusun terlalu cepat.", "Arif Wicaksono", "rencana itu disusun terlalu cepat"},
	})
}

// TestIndonesianAccordingAppositionRole checks that the title before the
// name in "Menurut <title>, <name>, …" is the speaker's role, and that a
// name after the comma is needed: "Menurut pengamat, …" followed by a
// clause names nobody.
func TestIndonesianAccordingAppositionRole(t *testing.T) {
	id := "---\ntitle: t\nlang: id\n---\n\n"
	ss := statementsOf(t, id+"Menurut pengamat politik Universitas Samudra, Arif Wicaksono, rencana itu disusun terlalu cepat.")
	if len(ss) != 1 || ss[0].Speaker != "Arif Wicaksono" || ss[0].Role != "pengamat politik Universitas Samudra" {
		t.Errorf("got %+v, want Arif Wicaksono with role %q", ss, "pengamat politik Universitas Samudra")
	}
	for _, s := range statementsOf(t, id+"Menurut pengamat politik, rencana itu disusun terlalu cepat.") {
		if s.Speaker != unnamedSpeaker {
			t.Errorf("statement by %q, want no named speaker", s.Speaker)
		}
	}
}

// TestVietnameseStatements checks Vietnamese attribution: a title before
// the name, "cho biết" (and "cho biết thêm") opening what was said with no
// "rằng", the honorific "ông" before a surname met before, "Theo ông, …"
// going on with the last speaker, a title and a demonstrative after it
// ("Bộ trưởng này") pointing back, and an unnamed source opened by "Một".
func TestVietnameseStatements(t *testing.T) {
	vi := "---\ntitle: t\nlang: vi\n---\n\n"
	lead := vi + "Bộ trưởng Ngoại giao Trần Văn Bình cho biết cuộc đàm phán sẽ tiếp tục vào tuần tới. "
	checkStatements(t, []statementCase{
		{"title, cho biết, no rằng", lead, "Trần Văn Bình", "cuộc đàm phán sẽ tiếp tục vào tuần tới"},
		{"ông and a surname", lead + "Ông Bình nói các bên đã đạt được một số tiến bộ.", "Trần Văn Bình", "các bên đã đạt được một số tiến bộ"},
		{"theo ông", lead + "Theo ông, vấn đề lãnh thổ vẫn là trở ngại lớn nhất.", "Trần Văn Bình", "vấn đề lãnh thổ vẫn là trở ngại lớn nhất"},
		{"title and demonstrative", lead + "\n\nBộ trưởng này cho biết thêm Hà Nội ủng hộ mọi nỗ lực hòa bình.", "Trần Văn Bình", "Hà Nội ủng hộ mọi nỗ lực hòa bình"},
		{"nhận định rằng", vi + "Tiến sĩ Lê Thị Hoa nhận định rằng thỏa thuận còn xa.", "Lê Thị Hoa", "thỏa thuận còn xa"},
		{"unnamed một nguồn tin", vi + "Một nguồn tin ngoại giao tại Hà Nội nói với báo Sông Lam rằng vòng đàm phán tiếp theo có thể diễn ra trong tháng 1.", "unnamed source", "vòng đàm phán tiếp theo"},
	})
	// "cho biết thêm" is read whole: its particle is not what was said
	for _, s := range statementsOf(t, lead+"\n\nBộ trưởng này cho biết thêm Hà Nội ủng hộ mọi nỗ lực hòa bình.") {
		if len(s.Text) >= 5 && s.Text[:5] == "thêm" {
			t.Errorf("statement %q opens with the verb's particle", s.Text)
		}
	}
}

// TestVietnameseBackReferences checks "Theo" with a back-reference: a title
// and a demonstrative meaning the person just quoted even when their title
// was another word ("Theo chuyên gia này" after "Tiến sĩ X"), and another
// word for a president with the country ("Theo nhà lãnh đạo Ukraine",
// rolesynonyms.json and demonyms.json) meaning the president of that
// country who was named.
func TestVietnameseBackReferences(t *testing.T) {
	vi := "---\ntitle: t\nlang: vi\n---\n\n"
	checkStatements(t, []statementCase{
		{"theo chuyên gia này", vi + "Tiến sĩ Lê Thị Hoa nhận định rằng thỏa thuận còn xa. Theo chuyên gia này, mùa đông sẽ quyết định nhiều điều.", "Lê Thị Hoa", "mùa đông sẽ quyết định nhiều điều"},
		{"theo nhà lãnh đạo Ukraine", vi + "Tổng thống Ukraine Volodymyr Zelensky cho biết ông đang chờ báo cáo. Theo nhà lãnh đạo Ukraine, không thể có quyết định nào mà không có Ukraine.", "Volodymyr Zelensky", "không thể có quyết định nào"},
	})
}
