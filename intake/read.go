package intake

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"time"

	"planbot/corpus"
)

// DefaultMaxBytes is the largest document read when Options.MaxBytes is 0:
// the corpus's own limit, since a larger text would be refused anyway.
const DefaultMaxBytes = corpus.MaxDocumentSize

var (
	// ErrNotRegular is returned for a path that is not a regular file: a
	// device (/dev/zero), a FIFO, a socket. Reading one could take forever
	// or never end.
	ErrNotRegular = errors.New("not a regular file")
	// ErrTooLarge is returned for a document larger than the limit.
	ErrTooLarge = errors.New("larger than the size limit")
)

// ReadFile reads the regular file at path, at most max bytes (0 means
// DefaultMaxBytes). Symbolic links are followed, but what they lead to must
// be a regular file too. The size is checked before reading and the read is
// bounded, so a file growing meanwhile cannot exceed max either; a FIFO is
// refused without blocking on it. ctx cancels a read in progress.
func ReadFile(ctx context.Context, path string, max int64) ([]byte, error) {
	if max <= 0 {
		max = DefaultMaxBytes
	}
	info, err := os.Stat(path)
	if err != nil {
		return nil, pathError(path, err)
	}
	if err := checkRegular(path, info, max); err != nil {
		return nil, err
	}
	// Opened non-blocking: if the path became a FIFO since Stat, opening
	// it must not wait for a writer.
	f, err := openNoBlock(path)
	if err != nil {
		return nil, pathError(path, err)
	}
	defer f.Close()
	// The checks again on what was opened, which is what will be read.
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := checkRegular(path, info, max); err != nil {
		return nil, err
	}
	// Sized from the stat: a buffer of a whole chunk per small file was
	// most of what an ingest of many short articles read into garbage.
	return readBounded(ctx, path, f, max, info.Size())
}

// pathError restates an os error with the path escaped.
func pathError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", Escape(path), pe.Err)
	}
	return err
}

func checkRegular(path string, info fs.FileInfo, max int64) error {
	if !info.Mode().IsRegular() {
		return fmt.Errorf("%s: %w (%s); give a text, Markdown, HTML or subtitle file", Escape(path), ErrNotRegular, fileKind(info.Mode()))
	}
	if info.Size() > max {
		return fmt.Errorf("%s is %s: %w of %s", Escape(path), humanBytes(info.Size()), ErrTooLarge, humanBytes(max))
	}
	return nil
}

func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "a special file"
}

// ReadStream reads r (standard input, say) up to max bytes (0 means
// DefaultMaxBytes); more is ErrTooLarge. It returns when ctx is done even
// if r blocks: the read then goes on in a goroutine that ends with r's
// next Read (an *os.File also gets a past deadline, which ends it at once
// where the file supports deadlines). r must not be used after a
// cancelled ReadStream.
func ReadStream(ctx context.Context, r io.Reader, name string, max int64) ([]byte, error) {
	if max <= 0 {
		max = DefaultMaxBytes
	}
	type result struct {
		b   []byte
		err error
	}
	done := make(chan result, 1)
	go func() { // owned by ReadStream; ends with r's Read, see above
		b, err := readBounded(context.Background(), name, r, max, -1)
		done <- result{b, err}
	}()
	select {
	case res := <-done:
		return res.b, res.err
	case <-ctx.Done():
		if d, ok := r.(interface{ SetReadDeadline(time.Time) error }); ok {
			_ = d.SetReadDeadline(time.Now())
		}
		return nil, fmt.Errorf("read %s: %w", name, ctx.Err())
	}
}

// chunk is how much readBounded reads between two looks at ctx.
const chunk = 64 << 10

// readBounded reads at most max bytes from r, failing with ErrTooLarge
// when there is more, and stopping when ctx is done. size is what r is
// expected to hold (a file's stat; negative when unknown): the buffer starts at
// that plus the byte that shows the end, so a short file is read into a
// buffer of its own size rather than a whole chunk, and one that grew
// meanwhile is still read whole.
func readBounded(ctx context.Context, name string, r io.Reader, max, size int64) ([]byte, error) {
	lr := io.LimitReader(r, max+1)
	start := int64(chunk)
	if size >= 0 {
		start = size + 1
	}
	buf := make([]byte, 0, min(max+1, start))
	for {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("read %s: %w", Escape(name), err)
		}
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		end := min(cap(buf), len(buf)+chunk)
		n, err := lr.Read(buf[len(buf):end])
		buf = buf[:len(buf)+n]
		if int64(len(buf)) > max {
			return nil, fmt.Errorf("%s: %w of %s", Escape(name), ErrTooLarge, humanBytes(max))
		}
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", Escape(name), err)
		}
	}
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
