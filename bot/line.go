package bot

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/bwmarrin/discordgo"
)

// ParseLine parses a slash command typed as text, as `planbot ask` and the
// console take it: "/provision nato", "/search query:prisoners kind:statement",
// "/digest post channel:123". Options go by name (a value runs until the next
// "name:" of one of the command's options, so it may contain spaces) or, for
// the first option, by position. Choice options accept a choice's name or
// value. Errors are UserErrors, fit to show as is.
func ParseLine(line string, defs []*discordgo.ApplicationCommand) (Request, error) {
	line = strings.TrimSpace(line)
	line = strings.TrimPrefix(line, "/")
	name, rest, _ := strings.Cut(line, " ")
	name = strings.ToLower(name)
	if name == "" {
		return Request{}, UserError("Type a command, for example /help.")
	}
	var def *discordgo.ApplicationCommand
	for _, d := range defs {
		if d.Name == name {
			def = d
		}
	}
	if def == nil {
		return Request{}, UserError(fmt.Sprintf("Unknown command /%s. Try /help.", name))
	}
	req := Request{Kind: KindCommand, Name: name, Options: map[string]string{}}
	opts := def.Options
	rest = strings.TrimSpace(rest)
	for hasSubcommands(opts) {
		word, after, _ := strings.Cut(rest, " ")
		var sub *discordgo.ApplicationCommandOption
		for _, o := range opts {
			if o.Name == word && (o.Type == discordgo.ApplicationCommandOptionSubCommand || o.Type == discordgo.ApplicationCommandOptionSubCommandGroup) {
				sub = o
			}
		}
		if sub == nil {
			var names []string
			for _, o := range opts {
				names = append(names, o.Name)
			}
			return Request{}, UserError(fmt.Sprintf("/%s needs one of: %s.", name, strings.Join(names, ", ")))
		}
		req.Sub = strings.TrimSpace(req.Sub + " " + sub.Name)
		opts, rest = sub.Options, strings.TrimSpace(after)
	}
	if len(opts) > 0 && rest != "" {
		names := make([]string, len(opts))
		for i, o := range opts {
			names[i] = regexp.QuoteMeta(o.Name)
		}
		re := regexp.MustCompile(`(?:^|\s)(` + strings.Join(names, "|") + `):`)
		locs := re.FindAllStringSubmatchIndex(rest, -1)
		end := len(rest)
		if len(locs) > 0 {
			end = locs[0][0]
		}
		if pos := strings.TrimSpace(rest[:end]); pos != "" {
			req.Options[opts[0].Name] = pos
		}
		for i, l := range locs {
			stop := len(rest)
			if i+1 < len(locs) {
				stop = locs[i+1][0]
			}
			req.Options[rest[l[2]:l[3]]] = strings.TrimSpace(rest[l[1]:stop])
		}
	} else if rest != "" {
		return Request{}, UserError(fmt.Sprintf("/%s takes no options.", name))
	}
	for _, o := range opts {
		v, ok := req.Options[o.Name]
		if o.Required && (!ok || v == "") {
			return Request{}, UserError(fmt.Sprintf("/%s needs %s:", strings.TrimSpace(name+" "+req.Sub), o.Name))
		}
		if ok && len(o.Choices) > 0 {
			matched := false
			for _, c := range o.Choices {
				if cv := fmt.Sprint(c.Value); strings.EqualFold(cv, v) || strings.EqualFold(c.Name, v) {
					req.Options[o.Name], matched = cv, true
					break
				}
			}
			if !matched {
				return Request{}, UserError(fmt.Sprintf("%s: must be one of %s.", o.Name, choiceList(o.Choices)))
			}
		}
	}
	return req, nil
}

func hasSubcommands(opts []*discordgo.ApplicationCommandOption) bool {
	for _, o := range opts {
		if o.Type == discordgo.ApplicationCommandOptionSubCommand || o.Type == discordgo.ApplicationCommandOptionSubCommandGroup {
			return true
		}
	}
	return false
}

func choiceList(cs []*discordgo.ApplicationCommandOptionChoice) string {
	var out []string
	for _, c := range cs {
		out = append(out, fmt.Sprint(c.Value))
	}
	return strings.Join(out, ", ")
}

// FormatText renders an interaction response as plain text for a terminal:
// the title, the lead, one block per entry, the footer and the buttons with
// the custom IDs they would send.
func FormatText(resp *discordgo.InteractionResponse) string {
	var b strings.Builder
	switch resp.Type {
	case discordgo.InteractionResponsePong:
		return "PONG\n"
	case discordgo.InteractionResponseDeferredChannelMessageWithSource, discordgo.InteractionResponseDeferredMessageUpdate:
		return "(thinking…)\n"
	}
	d := resp.Data
	if d == nil {
		return ""
	}
	if resp.Type == discordgo.InteractionApplicationCommandAutocompleteResult {
		if len(d.Choices) == 0 {
			return "(no suggestions)\n"
		}
		for _, c := range d.Choices {
			fmt.Fprintf(&b, "%v\n", c.Value)
		}
		return b.String()
	}
	if d.Flags&discordgo.MessageFlagsEphemeral != 0 {
		b.WriteString("(only you can see this)\n")
	}
	if d.Content != "" {
		b.WriteString(d.Content + "\n")
	}
	for _, e := range d.Embeds {
		if e.Title != "" {
			b.WriteString(e.Title + "\n" + strings.Repeat("=", min(Len(e.Title), 72)) + "\n")
		}
		if e.Description != "" {
			b.WriteString(e.Description + "\n")
		}
		for _, f := range e.Fields {
			b.WriteString("\n▸ " + f.Name + "\n")
			for _, l := range strings.Split(f.Value, "\n") {
				b.WriteString("  " + l + "\n")
			}
		}
		if e.Footer != nil && e.Footer.Text != "" {
			b.WriteString("\n— " + e.Footer.Text + "\n")
		}
	}
	for _, c := range d.Components {
		row, ok := c.(discordgo.ActionsRow)
		if !ok {
			continue
		}
		var bs []string
		for _, x := range row.Components {
			if btn, ok := x.(discordgo.Button); ok && !btn.Disabled {
				bs = append(bs, fmt.Sprintf("[%s: %s]", btn.Label, btn.CustomID))
			}
		}
		if len(bs) > 0 {
			b.WriteString(strings.Join(bs, " ") + "\n")
		}
	}
	return b.String()
}
