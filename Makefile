# studyguide: `make run` runs the main job offline, `make test` runs the tests.
GO ?= go
BIN := bin/studyguide
QUESTION ?= Was Stalin an all-powerful dictator?

.PHONY: run ask test bench build clean

# run prints the study guide for ¶56's open questions: the main job,
# offline even when an API key is set.
run:
	$(GO) run ./cmd/studyguide guide --offline

ask:
	$(GO) run ./cmd/studyguide ask "$(QUESTION)"

test:
	$(GO) vet ./...
	$(GO) test ./...

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

build:
	$(GO) build -o $(BIN) ./cmd/studyguide

clean:
	rm -rf bin
