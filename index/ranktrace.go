package index

// rankTrace, when set, is told each ranked hit's ID and its ranking keys,
// in the order the ranking put them. It is a diagnosis aid for the
// relevance tests (relevance_versus_test.go), nil in every real search,
// and not safe to set while searches run.
var rankTrace func(id, keys string)
