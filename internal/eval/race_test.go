//go:build race

package eval

// raceEnabled is true when the tests run under the race detector, which
// makes cross-validation's search of every setting too slow to repeat
// there; the plain run checks it.
const raceEnabled = true
