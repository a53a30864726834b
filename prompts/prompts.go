// Package prompts embeds the templates studyguide sends to a language model
// in LLM mode. Users may override them with --prompts DIR, which holds
// files of the same names.
package prompts

import (
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"text/template"
)

// FS holds the built-in templates, one *.tmpl file per prompt.
//
//go:embed *.tmpl
var FS embed.FS

// Set is the templates in use: the built-in ones, each replaced by the
// file of the same name in an override folder if there is one.
type Set struct {
	templates map[string]*template.Template
	// origin says where each template came from, for error messages.
	origin map[string]string
}

// Load parses the built-in templates and, when dir is not empty, the
// *.tmpl files in dir, which replace the built-in ones of the same name.
// A file in dir that matches no built-in name is an error: it would never
// be used, and is most likely misspelt.
func Load(dir string) (*Set, error) {
	s := &Set{templates: map[string]*template.Template{}, origin: map[string]string{}}
	builtin, err := fs.Glob(FS, "*.tmpl")
	if err != nil {
		return nil, err
	}
	for _, name := range builtin {
		data, err := FS.ReadFile(name)
		if err != nil {
			return nil, err
		}
		if err := s.parse(name, "built-in "+name, string(data)); err != nil {
			return nil, err
		}
	}
	if dir == "" {
		return s, nil
	}
	return s, s.override(dir)
}

func (s *Set) override(dir string) error {
	info, err := os.Stat(dir)
	if err != nil {
		return fmt.Errorf("prompts folder %s: %w", dir, errors.Unwrap(err))
	}
	if !info.IsDir() {
		return fmt.Errorf("prompts folder %s is a file, not a folder", dir)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.tmpl"))
	if err != nil {
		return err
	}
	for _, path := range files {
		name := filepath.Base(path)
		if _, ok := s.templates[name]; !ok {
			return fmt.Errorf("prompts folder %s: %s replaces no template (the templates are %s)", dir, name, strings.Join(s.Names(), ", "))
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read prompt: %w", err)
		}
		if err := s.parse(name, path, string(data)); err != nil {
			return err
		}
	}
	return nil
}

func (s *Set) parse(name, origin, text string) error {
	t, err := template.New(name).Option("missingkey=error").Parse(text)
	if err != nil {
		return fmt.Errorf("prompt %s: %w", origin, err)
	}
	s.templates[name] = t
	s.origin[name] = origin
	return nil
}

// Names lists the templates, sorted.
func (s *Set) Names() []string {
	var out []string
	for name := range s.templates {
		out = append(out, name)
	}
	sort.Strings(out)
	return out
}

// Render executes the template name ("answer.tmpl") with data.
func (s *Set) Render(name string, data any) (string, error) {
	t, ok := s.templates[name]
	if !ok {
		return "", fmt.Errorf("no prompt template %s", name)
	}
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", fmt.Errorf("prompt %s: %w", s.origin[name], err)
	}
	return strings.TrimSpace(b.String()), nil
}
