// Package config is planbot's one set of settings: what they are, where
// each comes from (a flag, then the environment, then the YAML file named by
// --config or PLANBOT_CONFIG, then its default), and whether they make
// sense. Every subcommand of cmd/planbot loads its settings through Load, so
// a value that is wrong stops every command with the same message.
//
// A problem with a setting is an *Error: one line naming the setting the way
// the user gave it (--flag, ENV_VAR, or key and line in the file), what is
// wrong and how to fix it, never a secret's value nor a Go type name.
//
// config imports only the standard library, the YAML reader and the
// packages whose option structs it fills (corpus/web, corpus/feed); it knows
// nothing of command-line parsing, which is cmd/planbot's.
package config
