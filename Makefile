# studyguide: `make run` runs the main job offline, `make test` runs the tests.
GO ?= go
BIN := bin/studyguide
QUESTION ?= Was Stalin an all-powerful dictator?
# urfave_cli_no_docs leaves out urfave/cli's man page and Markdown
# generators, which studyguide does not use and every command would pay for
# at start-up.
TAGS := urfave_cli_no_docs

# FUZZTIME is how long `make fuzz` runs each fuzz target.
FUZZTIME ?= 20s

.PHONY: run ask test race fuzz bench build cv clean

# run prints the study guide for ¶56's open questions: the main job,
# offline even when an API key is set.
run:
	$(GO) run -tags $(TAGS) ./cmd/studyguide guide --offline

ask:
	$(GO) run -tags $(TAGS) ./cmd/studyguide ask "$(QUESTION)"

# TIMEOUT bounds each test binary: cross-validation over every question
# set takes minutes of CPU, more on a shared machine than go test's
# default ten minutes allow; with seventy-seven sets it ran past thirty
# minutes beside the other packages on two cores, and with eighty-nine
# it took forty (make bench's BenchmarkCrossValidate tracks its cost).
TIMEOUT ?= 90m

test:
	$(GO) vet ./...
	$(GO) test -timeout $(TIMEOUT) ./...

race:
	$(GO) test -race -timeout $(TIMEOUT) ./...

# fuzz runs each fuzz target in turn; a failing input is saved under the
# package's testdata/fuzz/ and replays in every `make test` from then on.
fuzz:
	$(GO) test ./internal/essay -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s
	$(GO) test ./internal/essay -run '^$$' -fuzz '^FuzzParseRef$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s
	$(GO) test ./internal/citation -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s
	$(GO) test ./internal/citation -run '^$$' -fuzz '^FuzzQuotations$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s
	$(GO) test ./internal/terms -run '^$$' -fuzz '^FuzzWords$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s
	$(GO) test ./internal/retrieve -run '^$$' -fuzz '^FuzzCorrect$$' -fuzztime $(FUZZTIME) -fuzzminimizetime 10s

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# build links statically (CGO_ENABLED=0): the dynamic loader and libc cost
# every start about 3 ms, and the pure-Go DNS resolver serves LLM mode.
build:
	CGO_ENABLED=0 $(GO) build -tags $(TAGS) -o $(BIN) ./cmd/studyguide

# cv chooses every weight by leave-one-set-out cross-validation over the
# built-in question sets and the four development texts' sets, and prints
# each set's held-out figures beside every single method's: what
# TestCrossValidation holds the code to.
DEV := internal/essay/testdata/texts
cv:
	$(GO) run -tags $(TAGS) ./cmd/studyguide eval --cv --compare \
		--text $(DEV)/civil-disobedience.md=internal/eval/testdata/civil-disobedience.tsv \
		--text $(DEV)/on-liberty.txt=internal/eval/testdata/on-liberty.tsv \
		--text $(DEV)/goldman-kronstadt.md=internal/eval/testdata/goldman-kronstadt.tsv \
		--text $(DEV)/douglass-lynched.md=internal/eval/testdata/douglass-lynched.tsv

clean:
	rm -rf bin
