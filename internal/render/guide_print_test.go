package render

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/pdfcpu/pdfcpu/pkg/api"
)

// maxStudentPages is how many pages the students' edition of the ¶56
// guide may print on, on Letter and on A4 paper.
const maxStudentPages = 6

// skipBrowser names the variable that skips the tests needing Chromium,
// for a machine that cannot have it. CI installs Chromium instead
// (.ci/run), so there the tests run and fail if it is missing.
const skipBrowser = "STUDYGUIDE_SKIP_BROWSER"

// chromium returns the path of a headless Chromium, or fails the test.
func chromium(t *testing.T) string {
	t.Helper()
	if os.Getenv(skipBrowser) != "" {
		t.Skipf("%s is set", skipBrowser)
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if path, err := exec.LookPath(name); err == nil {
			return path
		}
	}
	t.Fatalf("printing the handout needs headless Chromium: install the Debian package chromium (.ci/run does), or set %s=1 to skip", skipBrowser)
	return ""
}

// printPages prints an HTML page to PDF in headless Chromium on paper of
// the given size and returns its page count.
func printPages(t *testing.T, browser, file string, paper chromedp.PaperSize) int {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// Chromium now and then fails to start on a loaded machine (its
	// crash reporter gives up before the page opens); a fresh browser
	// starts, so a start is tried a few times before the test fails.
	var bctx context.Context
	var err error
	for try := 0; try < 3; try++ {
		actx, cancelAlloc := chromedp.NewExecAllocator(ctx, append(opts, chromedp.UserDataDir(t.TempDir()))...)
		defer cancelAlloc()
		var cancelBrowser context.CancelFunc
		bctx, cancelBrowser = chromedp.NewContext(actx)
		defer cancelBrowser()
		if err = chromedp.Do(bctx, chromedp.Navigate("file://"+file)); err == nil {
			break
		}
	}
	if err != nil {
		t.Fatalf("open %s: %v", file, err)
	}
	// The page's own @page rules set the margins, as when a teacher
	// prints it from the browser.
	pdf, err := chromedp.Run(bctx, chromedp.PrintToPDF(
		chromedp.PDFPaper(paper),
		chromedp.PDFPrintBackground(),
	))
	if err != nil {
		t.Fatalf("print %s: %v", file, err)
	}
	n, err := api.PageCount(bytes.NewReader(pdf), nil)
	if err != nil {
		t.Fatalf("count the pages of the PDF: %v", err)
	}
	return n
}

// TestStudentsEditionPrintsOnSixPages prints the students' edition of the
// ¶56 guide as a browser prints it, on Letter and on A4, and counts the
// pages.
func TestStudentsEditionPrintsOnSixPages(t *testing.T) {
	browser := chromium(t)
	g, _ := essayGuide(t, "¶56")
	var out bytes.Buffer
	if err := GuideHTML(&out, g.ForStudents()); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "guide.html")
	if err := os.WriteFile(file, out.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, paper := range []struct {
		name string
		size chromedp.PaperSize
	}{{"Letter", chromedp.PaperLetter}, {"A4", chromedp.PaperA4}} {
		n := printPages(t, browser, file, paper.size)
		t.Logf("students' edition of the ¶56 guide: %d pages on %s", n, paper.name)
		if n > maxStudentPages {
			t.Errorf("the students' edition prints on %d %s pages, more than %d", n, paper.name, maxStudentPages)
		}
	}
}
