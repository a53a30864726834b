//go:build race

package main

// raceEnabled is true when the tests run under the race detector, which
// makes the largest inputs too slow to be worth repeating there.
const raceEnabled = true
