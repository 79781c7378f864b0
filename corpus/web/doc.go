// Package web fetches public web pages safely and turns HTML articles into
// the corpus text format (front matter, then plain paragraphs), so that the
// corpus store can parse them like any text document.
//
// Its Client refuses non-public addresses (loopback, private, link-local,
// CGNAT, multicast, unspecified and cloud metadata), checked after DNS
// resolution on every connection and on every redirect, and bounds body
// size, redirects and time. Config.AllowPrivate lifts the address check for
// tests and self-hosting.
//
// web must not import bot or index, nor corpus' parser: it produces bytes
// that the caller hands to corpus.Store.Add.
package web
