# studyguide: `make run` runs the main job offline, `make test` runs the tests.
GO ?= go
BIN := bin/studyguide
QUESTION ?= Was Stalin an all-powerful dictator?
# urfave_cli_no_docs leaves out urfave/cli's man page and Markdown
# generators, which studyguide does not use and every command would pay for
# at start-up.
TAGS := urfave_cli_no_docs

.PHONY: run ask test bench build clean

# run prints the study guide for ¶56's open questions: the main job.
run:
	$(GO) run -tags $(TAGS) ./cmd/studyguide guide

ask:
	$(GO) run -tags $(TAGS) ./cmd/studyguide ask "$(QUESTION)"

test:
	$(GO) vet ./...
	$(GO) test ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

build:
	$(GO) build -tags $(TAGS) -o $(BIN) ./cmd/studyguide

clean:
	rm -rf bin
