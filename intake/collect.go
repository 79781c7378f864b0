package intake

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"planbot/corpus/web"
)

// Input is one document to bring in: a file path or an http(s) URL.
type Input struct {
	Name string // the path or URL as given
	URL  bool
}

// Failure is one input that could not be brought in, and why.
type Failure struct {
	Name   string
	Reason string
}

// Extensions are the file types Collect picks up in folders and accepts
// as files: text, Markdown, HTML, feeds and subtitles.
var Extensions = append(append(append(append([]string{}, web.TextExtensions...), web.HTMLExtensions...), web.SubtitleExtensions...), web.FeedExtensions...)

// Collect expands command-line arguments into inputs: URLs as given, files
// as given (when of a supported type), folders walked recursively in name
// order with hidden entries skipped. An argument that cannot be used is a
// Failure. Collect reads no file; ReadFile checks each one's type and size.
func Collect(args []string) ([]Input, []Failure) {
	var inputs []Input
	var failures []Failure
	for _, p := range args {
		if strings.HasPrefix(p, "http://") || strings.HasPrefix(p, "https://") {
			inputs = append(inputs, Input{Name: p, URL: true})
			continue
		}
		info, err := os.Stat(p)
		if err != nil {
			failures = append(failures, Failure{p, reason(pathError(p, err))})
			continue
		}
		if !info.IsDir() {
			if !Supported(p) && !namedJSON(p) {
				failures = append(failures, Failure{p, "unsupported file type: only .txt, .md, .html, feed (.xml, .rss, .atom), JSON (.json), calendar (.ics) and subtitle (.srt, .vtt) documents can be ingested"})
				continue
			}
			inputs = append(inputs, Input{Name: p})
			continue
		}
		var found []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				failures = append(failures, Failure{path, reason(pathError(path, err))})
				return nil
			}
			if path != p && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.IsDir() && Supported(path) {
				found = append(found, path)
			}
			return nil
		})
		if err != nil {
			failures = append(failures, Failure{p, reason(err)})
		}
		sort.Strings(found)
		for _, f := range found {
			inputs = append(inputs, Input{Name: f})
		}
	}
	return inputs, failures
}

// Supported reports whether a file name has an extension intake reads.
func Supported(path string) bool {
	return slices.Contains(Extensions, strings.ToLower(filepath.Ext(path)))
}

// namedJSON reports whether a file named on the command line is a JSON
// document (a news API's response): read when named, never picked up
// from a folder, where JSON files are more often labels, settings or
// answer keys beside the documents than documents.
func namedJSON(path string) bool {
	return slices.Contains(web.JSONExtensions, strings.ToLower(filepath.Ext(path)))
}

func reason(err error) string { return err.Error() }
