/* test_window_text.c — the window's text pieces without a window: editing a text box by whole
 * UTF-8 characters (and Ctrl+A replacing it), wrapping (breaks only between characters, lines
 * within the width, paragraphs, the layout cache), record times in local words, the progress
 * line's "of about", and the pseudonym offered for a blank box. Uses the real font, as the window
 * finds it. */
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <SDL2/SDL.h>

#include "fonts.h"
#include "layout.h"
#include "textfield.h"
#include "words.h"
#include "when.h"
#include "resume_words.h"
#include "progress_words.h"
#include "pseudonym.h"
#include "casewalk.h"

static int failures;

#define CHECK(cond, ...)                                                              \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                             \
            fputc('\n', stderr);                                                      \
            failures++;                                                               \
        }                                                                             \
    } while (0)

static void test_textfield(void)
{
    textfield f;
    textfield_init(&f, 40);
    textfield_insert(&f, "Zo\xC3\xAB"); /* Zoë */
    CHECK(f.len == 4 && f.cursor == 4, "len %d cursor %d", f.len, f.cursor);
    textfield_left(&f);
    CHECK(f.cursor == 2, "left over a two-byte character: cursor %d", f.cursor);
    textfield_backspace(&f);
    CHECK(strcmp(f.text, "Z\xC3\xAB") == 0 && f.cursor == 1, "backspace removed the wrong bytes: %s", f.text);
    textfield_delete(&f);
    CHECK(strcmp(f.text, "Z") == 0, "delete removed the wrong bytes: %s", f.text);
    textfield_home(&f);
    textfield_insert(&f, "\xFF\xFE" "a\nb\x01");
    CHECK(strcmp(f.text, "a bZ") == 0 && f.cursor == 3, "invalid bytes kept or control characters mishandled: '%s'", f.text);
    textfield_end(&f);
    textfield_insert(&f, "  ");
    char out[64];
    textfield_trimmed(&f, out, sizeof out);
    CHECK(strcmp(out, "a bZ") == 0, "trimmed: '%s'", out);

    textfield_init(&f, 5);
    textfield_insert(&f, "\xC3\xA9\xC3\xA9\xC3\xA9"); /* ééé: six bytes, five fit */
    CHECK(f.len == 4 && strcmp(f.text, "\xC3\xA9\xC3\xA9") == 0, "the limit cut a character: len %d", f.len);
    textfield_init(&f, 40);
    textfield_insert(&f, "\xED\xA0\x80" "x\xC0\xAF"); /* a surrogate and an overlong form */
    CHECK(strcmp(f.text, "x") == 0, "invalid UTF-8 kept: '%s'", f.text);
    textfield_insert(&f, "\xC2\x85" "y\xC2\x9B" "\xC2\xA0"); /* C1 NEL, C1 CSI, then a no-break space */
    CHECK(strcmp(f.text, "xy\xC2\xA0") == 0, "C1 control characters kept: '%s'", f.text);
}

static int is_continuation(char c)
{
    return ((unsigned char)c & 0xC0) == 0x80;
}

/* Every run starts and ends on a character boundary and fits in the width. */
static void check_lines(words *w, const layout *l, int max_width, const char *what)
{
    for (int i = 0; i < l->n_runs; i++) {
        const layout_run *r = &l->runs[i];
        CHECK(!is_continuation(l->text[r->start]), "%s: run %d starts inside a character", what, i);
        CHECK(r->start + r->len == l->text_len || !is_continuation(l->text[r->start + r->len]),
              "%s: run %d ends inside a character", what, i);
        int right = r->x + words_width(w, l->font, l->text + r->start, r->len);
        CHECK(right <= max_width, "%s: run %d reaches %d px, wider than %d", what, i, right, max_width);
    }
}

static void test_layout(void)
{
    fonts f;
    char why[600];
    if (fonts_open(&f, why, sizeof why) != 0) {
        CHECK(0, "%s", why);
        return;
    }
    CHECK(TTF_Init() == 0, "%s", TTF_GetError());
    CHECK(fonts_set_size(&f, 17) == 1, "fonts did not open at 17 px");
    const font *body = &f.role[FONT_BODY];
    words w;
    layout_cache cache;
    memset(&cache, 0, sizeof cache);
    words_init(&w, NULL);

    const char *text = "Officer Lindqvist meets you on the porch. Jos\xC3\xA9 Ruiz left before the patrol car "
                       "arrived; his partner, In\xC3\xA9s N\xC3\xBA\xC3\xB1" "ez, is holding Zo\xC3\xAB.\n\n"
                       "\xE2\x80\x9CShe called us herself,\xE2\x80\x9D the officer says.";
    const layout *l = layout_get(&cache, &w, body, text, 220);
    check_lines(&w, l, 220, "scene text");
    CHECK(l->n_lines >= 6, "only %d lines at 220 px", l->n_lines);
    int words_in_text = 0;
    for (const char *p = text; *p;) {
        while (*p == ' ' || *p == '\n')
            p++;
        if (*p)
            words_in_text++;
        while (*p && *p != ' ' && *p != '\n')
            p++;
    }
    CHECK(l->n_runs == words_in_text, "%d runs for %d words", l->n_runs, words_in_text);
    int gap_found = 0;
    for (int i = 1; i < l->n_lines; i++) {
        int step = l->lines[i].y - l->lines[i - 1].y;
        CHECK(step >= body->line_height, "lines %d and %d overlap", i - 1, i);
        gap_found |= step > body->line_height;
    }
    CHECK(gap_found, "no paragraph gap");

    long computed = cache.computed;
    const layout *again = layout_get(&cache, &w, body, text, 220);
    CHECK(again == l && cache.computed == computed, "the same text and width were laid out again");
    layout_get(&cache, &w, body, text, 300);
    CHECK(cache.computed == computed + 1, "a new width did not lay out anew");

    /* A word wider than the line breaks between characters, never inside one. */
    const char *long_word = "Zo\xC3\xAB\xC3\xAB\xC3\xAB\xC3\xAB\xC3\xAB\xC3\xAB\xC3\xAB\xC3\xAB\xC3\xAB\xC3\xAB"
                            "\xC3\xAB\xC3\xAB\xC3\xAB\xC3\xAB\xC3\xAB\xC3\xAB\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94";
    l = layout_get(&cache, &w, body, long_word, 60);
    check_lines(&w, l, 60, "long word");
    CHECK(l->n_lines >= 3, "a %d-byte word fits %d lines at 60 px", (int)strlen(long_word), l->n_lines);

    /* A single line break starts a line without a paragraph gap. */
    l = layout_get(&cache, &w, body, "one\ntwo", 500);
    CHECK(l->n_lines == 2 && l->lines[1].y - l->lines[0].y == body->line_height, "line break mishandled");

    /* The cursor of a text box: after "one", and at the start of the second line. */
    int x, y;
    layout_cursor_position(l, &w, 3, &x, &y);
    CHECK(y == 0 && x == words_width(&w, body, "one", 3), "cursor after 'one' at %d,%d", x, y);
    layout_cursor_position(l, &w, 4, &x, &y);
    CHECK(x == 0 && y == body->line_height, "cursor at the second line at %d,%d", x, y);

    layout_cache_clear(&cache);
    words_free(&w);
    fonts_close(&f);
    TTF_Quit();
}

static void test_select_all(void)
{
    textfield f;
    textfield_init(&f, 40);
    textfield_select_all(&f);
    CHECK(!f.all_selected, "an empty box has nothing to select");
    textfield_insert(&f, "owl-17");
    textfield_home(&f);
    textfield_select_all(&f);
    textfield_insert(&f, "heron");
    CHECK(strcmp(f.text, "heron") == 0 && f.cursor == 5, "typing after Ctrl+A did not replace: '%s'", f.text);
    textfield_select_all(&f);
    textfield_left(&f); /* a move unselects */
    textfield_insert(&f, "x");
    CHECK(strcmp(f.text, "herox" "n") == 0, "a move did not unselect: '%s'", f.text);
    textfield_select_all(&f);
    textfield_backspace(&f);
    CHECK(f.len == 0 && f.text[0] == '\0' && !f.all_selected, "Backspace after Ctrl+A left '%s'", f.text);
}

static void test_when(void)
{
    setenv("TZ", "CST6", 1); /* six hours behind UTC, written out: no time zone files needed */
    tzset();
    time_t now = when_parse("2026-12-02T20:30:00Z"); /* Wed 2 Dec, 14:30 in Chicago */
    char out[64];
    CHECK(now != (time_t)-1, "a record time was not read");
    when_words(when_parse("2026-12-02T20:05:10.123Z"), now, out, sizeof out);
    CHECK(strcmp(out, "Today 14:05") == 0, "today: '%s'", out);
    when_words(when_parse("2026-12-02T03:12:00Z"), now, out, sizeof out); /* Tue 1 Dec, 21:12 local */
    CHECK(strcmp(out, "Yesterday 21:12") == 0, "yesterday in local time: '%s'", out);
    when_words(when_parse("2026-11-24T15:12:00Z"), now, out, sizeof out);
    CHECK(strcmp(out, "Tue 24 Nov, 09:12") == 0, "earlier this year: '%s'", out);
    when_words(when_parse("2025-12-01T15:12:00Z"), now, out, sizeof out);
    CHECK(strcmp(out, "Mon 1 Dec 2025, 09:12") == 0, "another year: '%s'", out);
    CHECK(when_parse("yesterday") == (time_t)-1 && when_parse(NULL) == (time_t)-1, "not a time, yet read");
    when_local("not a time", out, sizeof out);
    CHECK(strcmp(out, "not a time") == 0, "an unreadable time is shown as it is: '%s'", out);
    /* The launcher's "Resume" entries (sessions and workshops): local words, never "UTC". */
    char line[128];
    resume_progress(3, "2026-12-02T20:05:10.123Z", now, line, sizeof line);
    CHECK(strcmp(line, "3 decisions so far \xC2\xB7 started Today 14:05") == 0, "resume entry: '%s'", line);
    resume_progress(1, "2026-12-02T03:12:00Z", now, line, sizeof line);
    CHECK(strcmp(line, "1 decision so far \xC2\xB7 started Yesterday 21:12") == 0, "resume entry: '%s'", line);
    unsetenv("TZ");
    tzset();
}

/* The progress line: "of about" the case's usual length, never past it. The fixture's farthest
 * ending takes 4 decisions on its shortest way (check --stats: 4 to 4 for DV, 1 to 4 for CPS). */
static void test_progress(const char *fixture)
{
    cw_error err = {CW_OK, ""};
    cw_scenario *sc = cw_scenario_load(fixture, &err);
    CHECK(sc != NULL, "%s", err.message);
    if (!sc)
        return;
    int estimate = cw_scenario_decisions_estimate(sc);
    CHECK(estimate == 4, "the estimate is %d, wanted 4", estimate);
    char line[64];
    CHECK(strcmp(decision_progress(2, estimate, line, sizeof line), "Decision 2 of about 4") == 0, "%s", line);
    CHECK(strcmp(decision_progress(4, estimate, line, sizeof line), "Decision 4 of about 4") == 0, "%s", line);
    CHECK(strcmp(decision_progress(5, estimate, line, sizeof line), "Decision 5") == 0, "%s", line);
    CHECK(strcmp(decision_progress(1, 0, line, sizeof line), "Decision 1") == 0, "%s", line);
    cw_scenario_free(sc);
}

static void test_suggestion(void)
{
    regex_t re;
    regcomp(&re, "^[a-z]+-[a-z]+-[1-9][0-9]$", REG_EXTENDED | REG_NOSUB);
    char first[64] = "", s[64];
    int differ = 0;
    for (int i = 0; i < 20; i++) {
        pseudonym_suggest(s, sizeof s);
        CHECK(regexec(&re, s, 0, NULL, 0) == 0, "suggestion '%s' is not word-word-number", s);
        CHECK(cw_pseudonym_problem(s) == NULL, "suggestion '%s' cannot be recorded", s);
        if (!first[0])
            snprintf(first, sizeof first, "%s", s);
        differ |= strcmp(first, s) != 0;
    }
    CHECK(differ, "20 suggestions were all '%s'", first);
    regfree(&re);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_window_text FIXTURE.lua\n");
        return 2;
    }
    test_textfield();
    test_select_all();
    test_when();
    test_suggestion();
    test_progress(argv[1]);
    test_layout();
    if (failures == 0)
        printf("window text: all checks passed\n");
    return failures ? 1 : 0;
}
