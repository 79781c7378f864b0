package corpus

// gatesOff turns off the cheap looks that let extraction skip a rule for
// a text that cannot satisfy it (holdsFigure, ...). Every such gate must
// leave the output as it is; TestGatesKeepOutput parses every fixture
// with the gates on and off and requires the same extraction, so a later
// rule that breaks a gate's assumption fails a test instead of silently
// losing records. It is set only by that test.
var gatesOff bool
