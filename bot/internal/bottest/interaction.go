package bottest

// CommandData is the "data" of a slash-command interaction as Discord sends
// it: string options by name, with focused marking the option being typed
// in an autocomplete request ("" for none).
func CommandData(name string, opts map[string]string, focused string) map[string]any {
	var os []map[string]any
	for k, v := range opts {
		o := map[string]any{"name": k, "type": 3, "value": v}
		if k == focused {
			o["focused"] = true
		}
		os = append(os, o)
	}
	return map[string]any{"id": "1100000000000000600", "name": name, "type": 1, "options": os}
}
