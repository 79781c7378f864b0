package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"
)

const wireBody = "Talks resume in Geneva\nKremlin spokesman Dmitry Peskov said Russia had not been briefed.\nThe terms of the plan:\n- Point one.\n- Point two.\n"

func clock(start time.Time) func() time.Time {
	var mu sync.Mutex
	t := start
	return func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		t = t.Add(time.Minute)
		return t
	}
}

func TestStoreMissingDirHoldsSeed(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "data", "docs")
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	docs := s.Documents()
	if len(docs) != 1 || docs[0] != Seed()[0] {
		t.Fatalf("Documents() = %d docs, want the seed only", len(docs))
	}
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		t.Errorf("OpenStore created %s before any Add", dir)
	}
	if got, ok := s.Get(Seed()[0].Source.ID); !ok || got != Seed()[0] {
		t.Error("Get(seed ID) did not return the seed")
	}
	if n, err := s.Reload(); err != nil || len(n) != 0 {
		t.Errorf("Reload on a missing dir = %v, %v", n, err)
	}
}

func TestStoreAddAndReopen(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "docs")
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	now := clock(time.Date(2025, 11, 24, 8, 0, 0, 0, time.UTC))
	opts := ParseOptions{Name: "wire.txt", Plan: "Fallback plan", Published: "2025-11-24", Now: now}
	doc, added, err := s.Add([]byte(wireBody), opts)
	if err != nil || !added {
		t.Fatalf("Add = %v, %v", added, err)
	}
	if doc.Provisions[0].Plan != "Fallback plan" {
		t.Errorf("plan %q, want the fallback", doc.Provisions[0].Plan)
	}
	file := filepath.Join(dir, doc.Source.ID+".md")
	content, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"---\n", "title: Talks resume in Geneva", "published: \"2025-11-24\"", "added: \"2025-11-24T08:01:00Z\"", "plan_fallback: Fallback plan", "---\nTalks resume in Geneva\n"} {
		if !strings.Contains(string(content), want) {
			t.Errorf("stored file lacks %q:\n%s", want, content)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("dir holds %d entries, want 1 (no temp files left)", len(entries))
	}

	// the same body again, under another name and URL: a duplicate
	again, added, err := s.Add([]byte("---\nurl: https://elsewhere.example/x\n---\n"+wireBody), ParseOptions{Name: "copy.md", Now: now})
	if err != nil || added || again != doc {
		t.Errorf("second Add = %v, %v, same doc %v; want a duplicate", added, err, again == doc)
	}
	// the seed is present too
	seedText, err := os.ReadFile("../../shared/seed/geneva-framework-article.txt")
	if err == nil {
		if _, added, err := s.Add(seedText, ParseOptions{Name: "seed.txt"}); err != nil || added {
			t.Errorf("adding the seed text = %v, %v; want a duplicate of the embedded seed", added, err)
		}
	}

	// reopening reads the same document back, extraction included
	s2, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	got, ok := s2.Get(doc.Source.ID)
	if !ok {
		t.Fatal("reopened store lacks the document")
	}
	if !reflect.DeepEqual(got, doc) {
		t.Errorf("reopened document differs:\n got %+v\nwant %+v", got, doc)
	}
	if ids := sourceIDs(s2.Sources()); !reflect.DeepEqual(ids, []string{Seed()[0].Source.ID, doc.Source.ID}) {
		t.Errorf("Sources() = %v", ids)
	}
}

func TestStoreParseErrorStoresNothing(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "docs")
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"", "---\ntitle: x\n", "bin\x00ary"} {
		if _, _, err := s.Add([]byte(bad), ParseOptions{Name: "bad.txt"}); err == nil {
			t.Errorf("Add(%q) succeeded", bad)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("failed Adds left %d files", len(entries))
	}
	if len(s.Documents()) != 1 {
		t.Errorf("failed Adds changed Documents()")
	}
}

func TestStoreOrderAndReload(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "docs")
	writer, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	reader, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	// added out of order: Documents sorts by Added
	times := []time.Time{
		time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC),
		time.Date(2025, 11, 25, 0, 0, 0, 0, time.UTC),
		time.Date(2025, 11, 27, 0, 0, 0, 0, time.UTC),
	}
	var ids []string
	for i, at := range times {
		body := fmt.Sprintf("Document %d\nThe State Department said document %d was issued.\n", i, i)
		d, _, err := writer.Add([]byte(body), ParseOptions{Name: "d.txt", Now: func() time.Time { return at }})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, d.Source.ID)
	}
	want := []string{Seed()[0].Source.ID, ids[1], ids[0], ids[2]}
	if got := sourceIDs(writer.Sources()); !reflect.DeepEqual(got, want) {
		t.Errorf("writer order %v, want %v", got, want)
	}
	fresh, err := reader.Reload()
	if err != nil {
		t.Fatal(err)
	}
	if len(fresh) != 3 || fresh[0].Source.ID != ids[1] {
		t.Errorf("Reload returned %d docs", len(fresh))
	}
	if got := sourceIDs(reader.Sources()); !reflect.DeepEqual(got, want) {
		t.Errorf("reader order %v, want %v", got, want)
	}
	if again, _ := reader.Reload(); len(again) != 0 {
		t.Errorf("second Reload returned %d docs, want 0", len(again))
	}
}

func TestStoreConcurrentAdds(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "docs")
	s, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := fmt.Sprintf("Doc %d\nMarco Rubio said talk %d went well.\n", i%4, i%4)
			if _, _, err := s.Add([]byte(body), ParseOptions{Name: "c.txt"}); err != nil {
				t.Error(err)
			}
			s.Documents()
			s.Sources()
		}()
	}
	wg.Wait()
	if n := len(s.Documents()); n != 5 {
		t.Errorf("Documents() = %d, want seed + 4 distinct", n)
	}
}

func TestStoreCorruptFileIsNamed(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "broken.md"), []byte("---\ntitle: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := OpenStore(dir)
	if err == nil || !strings.Contains(err.Error(), "broken.md") {
		t.Errorf("OpenStore error %v, want one naming broken.md", err)
	}
}

func sourceIDs(ss []Source) []string {
	var ids []string
	for _, s := range ss {
		ids = append(ids, s.ID)
	}
	return ids
}

// TestStoreTwoProcesses: a document another process stored since the last
// Reload is a duplicate, not a second copy.
func TestStoreTwoProcesses(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "docs")
	a, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	da, added, err := a.Add([]byte(wireBody), ParseOptions{Name: "w.txt"})
	if err != nil || !added {
		t.Fatal(added, err)
	}
	db, added, err := b.Add([]byte(wireBody), ParseOptions{Name: "w.txt"})
	if err != nil || added || db.Source.ID != da.Source.ID || db.Source.Added != da.Source.Added {
		t.Errorf("second process Add = %v, %v; want the stored document as a duplicate", added, err)
	}
	if n := len(b.Documents()); n != 2 {
		t.Errorf("second process holds %d documents, want 2", n)
	}
	// a stored file edited by hand is not overwritten
	file := filepath.Join(dir, da.Source.ID+".md")
	edited := strings.Replace(string(mustReadFile(t, file)), "Point one.", "Point one, edited.", 1)
	if err := os.WriteFile(file, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := OpenStore(dir)
	if err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Add([]byte(wireBody), ParseOptions{Name: "w.txt"}); err == nil || !strings.Contains(err.Error(), "other content") {
		t.Errorf("Add over an edited file: %v", err)
	}
	if got := string(mustReadFile(t, file)); got != edited {
		t.Error("the edited file was overwritten")
	}
}

func mustReadFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
