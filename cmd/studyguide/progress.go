package main

import (
	"io"
	"time"

	"github.com/schollz/progressbar/v3"
	"github.com/urfave/cli/v2"
)

// minProgressChunks is the smallest job that gets a progress bar: the
// essay indexes in a blink, and a bar that flashes by is noise.
const minProgressChunks = 2000

// progressFor returns a callback that draws a progress bar for a long
// indexing job on stderr, or nil when stderr is not a terminal, so that
// piped and logged output gets nothing extra.
func progressFor(c *cli.Context) func(done, total int) {
	if !isTerminal(c.App.ErrWriter) {
		return nil
	}
	return progressBar(c.App.ErrWriter)
}

// progressBar draws a progress bar on w, made at the first call: index
// calls with 0 done before the work starts, so the bar's clock starts with
// it and its first frame shows no rate of chunks over no time at all.
func progressBar(w io.Writer) func(done, total int) {
	var bar *progressbar.ProgressBar
	return func(done, total int) {
		if total < minProgressChunks {
			return
		}
		if bar == nil {
			bar = progressbar.NewOptions(total,
				progressbar.OptionSetWriter(w),
				progressbar.OptionSetDescription("studyguide: indexing"),
				progressbar.OptionShowCount(),
				progressbar.OptionSetItsString("chunks"),
				progressbar.OptionShowIts(),
				progressbar.OptionClearOnFinish(),
				progressbar.OptionThrottle(100*time.Millisecond),
			)
			bar.RenderBlank()
		}
		bar.Set(done)
		if done >= total {
			bar.Finish()
		}
	}
}
