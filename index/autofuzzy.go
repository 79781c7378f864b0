package index

import (
	"encoding/json"
	"reflect"
	"strings"
	"sync"
)

// Automatic fuzziness. Bleve's match and fuzzy queries keep "fuzziness:
// auto" in an unexported field (autoFuzzy), which the flat scorer does not
// model; it read it by marshalling the query to JSON and looking for
// "auto", once per match query of every search: 1.6% of an uncached
// command's CPU. Reading the field through reflect costs a field load.
// Should a bleve upgrade rename or drop the field, the JSON test is used
// again, so the flat scorer never takes an automatic query by mistake.

// autoFuzzyField caches, per query type, the index of its autoFuzzy field
// (-1 when it has none of kind bool).
var autoFuzzyField sync.Map // reflect.Type -> int

// autoFuzzy reports whether q, a pointer to a bleve query, asks for
// automatic fuzziness.
func autoFuzzy(q any) bool {
	v := reflect.ValueOf(q)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return autoFuzzyJSON(q)
	}
	e := v.Elem()
	i, ok := autoFuzzyField.Load(e.Type())
	if !ok {
		f, found := e.Type().FieldByName("autoFuzzy")
		idx := -1
		if found && f.Type.Kind() == reflect.Bool && len(f.Index) == 1 {
			idx = f.Index[0]
		}
		autoFuzzyField.Store(e.Type(), idx)
		i = idx
	}
	if i.(int) < 0 {
		return autoFuzzyJSON(q)
	}
	return e.Field(i.(int)).Bool()
}

// autoFuzzyJSON is autoFuzzy by the query's JSON, where "fuzziness" is
// "auto"; a query that cannot be marshalled counts as automatic (the flat
// scorer leaves it to bleve).
func autoFuzzyJSON(q any) bool {
	j, err := json.Marshal(q)
	return err != nil || strings.Contains(string(j), `"auto"`)
}
