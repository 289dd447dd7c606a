/* test_window_shots.c — the window drawn headless (SDL's offscreen driver, or dummy with the
 * software renderer when SDL_VIDEODRIVER says so). Screenshots taken with
 * `casewalk play ... --ui gui --screenshot` are read back with a small BMP reader and checked: the
 * size, text really drawn, the chosen choice highlighted, high contrast really different, a larger
 * text size really larger, the recommended choice added to the feedback after a harmful choice,
 * one line of key hints and a whole toolbar at 800x600 with the largest text, no settings
 * written by a scripted run, and the feedback's "Sources" line (the same case with its citations
 * removed shows fewer lines).
 *
 * Usage: test_window_shots CASEWALK FIXTURES_DIR */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <ftw.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static int failures;

#define CHECK(cond, ...)                                                                 \
    do {                                                                                 \
        if (!(cond)) {                                                                   \
            fprintf(stderr, "%s:%d: check failed: %s: ", __FILE__, __LINE__, #cond);    \
            fprintf(stderr, __VA_ARGS__);                                                \
            fputc('\n', stderr);                                                         \
            failures++;                                                                  \
        }                                                                                \
    } while (0)

/* ---- a small BMP reader: 24- or 32-bit, uncompressed or standard bitfields --------------------- */

typedef struct image {
    int w, h;
    unsigned char *rgb; /* top-down, 3 bytes a pixel */
} image;

static uint32_t le32(const unsigned char *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static int read_bmp(const char *path, image *img)
{
    memset(img, 0, sizeof *img);
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    unsigned char head[54];
    if (fread(head, 1, sizeof head, f) != sizeof head || head[0] != 'B' || head[1] != 'M') {
        fclose(f);
        return -1;
    }
    uint32_t offset = le32(head + 10), header_size = le32(head + 14);
    int32_t w = (int32_t)le32(head + 18), h = (int32_t)le32(head + 22);
    int bpp = head[28] | head[29] << 8;
    uint32_t compression = le32(head + 30);
    int top_down = h < 0;
    if (h < 0)
        h = -h;
    if (header_size < 40 || w <= 0 || h <= 0 || w > 20000 || h > 20000 || (bpp != 24 && bpp != 32)
        || (compression != 0 && compression != 3)) {
        fclose(f);
        return -1;
    }
    size_t stride = ((size_t)w * (size_t)(bpp / 8) + 3) & ~(size_t)3;
    unsigned char *row = malloc(stride);
    img->rgb = malloc((size_t)w * (size_t)h * 3);
    if (!row || !img->rgb || fseek(f, (long)offset, SEEK_SET) != 0) {
        free(row);
        free(img->rgb);
        fclose(f);
        return -1;
    }
    for (int y = 0; y < h; y++) {
        if (fread(row, 1, stride, f) != stride) {
            free(row);
            free(img->rgb);
            img->rgb = NULL;
            fclose(f);
            return -1;
        }
        unsigned char *out = img->rgb + (size_t)(top_down ? y : h - 1 - y) * (size_t)w * 3;
        for (int x = 0; x < w; x++) { /* stored blue, green, red (, alpha) */
            const unsigned char *px = row + (size_t)x * (size_t)(bpp / 8);
            out[x * 3 + 0] = px[2];
            out[x * 3 + 1] = px[1];
            out[x * 3 + 2] = px[0];
        }
    }
    free(row);
    fclose(f);
    img->w = w;
    img->h = h;
    return 0;
}

static uint32_t pixel(const image *img, int x, int y)
{
    const unsigned char *p = img->rgb + ((size_t)y * (size_t)img->w + (size_t)x) * 3;
    return (uint32_t)p[0] << 16 | (uint32_t)p[1] << 8 | p[2];
}

static int luminance(uint32_t c)
{
    return (int)((((c >> 16) & 0xFF) * 299 + ((c >> 8) & 0xFF) * 587 + (c & 0xFF) * 114) / 1000);
}

/* The most common colour among columns [x0, x1) of row y. */
static uint32_t row_mode(const image *img, int y, int x0, int x1)
{
    uint32_t best = 0;
    int best_n = 0;
    for (int x = x0; x < x1; x += 8) { /* sampling is enough */
        uint32_t c = pixel(img, x, y);
        int n = 0;
        for (int i = x0; i < x1; i += 4)
            n += pixel(img, i, y) == c;
        if (n > best_n)
            best = c, best_n = n;
    }
    return best;
}

/* Rows with "ink" (pixels darker than 128, or lighter when light_ink) in the middle columns, as
 * bands of consecutive rows. Returns the number of bands; the first band's height in *first_h. */
static int ink_bands(const image *img, int y0, int light_ink, long *ink_pixels, int *first_h)
{
    int bands = 0, in_band = 0, start = 0;
    *ink_pixels = 0;
    *first_h = 0;
    for (int y = y0; y < img->h * 9 / 10; y++) {
        int ink = 0;
        for (int x = img->w / 5; x < img->w * 4 / 5; x++) {
            int l = luminance(pixel(img, x, y));
            ink += light_ink ? l > 128 : l < 128;
        }
        *ink_pixels += ink;
        if (ink && !in_band)
            bands++, start = y;
        if (!ink && in_band && bands == 1)
            *first_h = y - start;
        in_band = ink > 0;
    }
    return bands;
}

/* ---- running casewalk -------------------------------------------------------------------------- */

static char work[512];
static const char *casewalk, *fixtures;

/* A config folder holding window.conf with the given lines (NULL: no file). */
static void make_config(const char *name, const char *conf, char *dir, size_t size)
{
    char path[1024];
    snprintf(dir, size, "%s/%s", work, name);
    mkdir(dir, 0700);
    if (!conf)
        return;
    snprintf(path, sizeof path, "%s/casewalk", dir);
    mkdir(path, 0700);
    snprintf(path, sizeof path, "%s/casewalk/window.conf", dir);
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(conf, f);
        fclose(f);
    }
}

/* Runs casewalk play with the given arguments after "--ui gui --records WORK/records"; returns its
 * exit status (or -1). */
/* The scenario played: the fixture, or (when set) a copy written by uncited_copy. */
static char scenario_override[600];

/* Writes late-referral.lua with every "(point" made "(p-nt", so no rationale cites a point. */
static int uncited_copy(void)
{
    char from[600];
    snprintf(from, sizeof from, "%s/late-referral.lua", fixtures);
    snprintf(scenario_override, sizeof scenario_override, "%s/late-referral-uncited.lua", work);
    FILE *in = fopen(from, "rb"), *out = fopen(scenario_override, "wb");
    int c, changed = 0;
    const char *needle = "(point";
    size_t matched = 0;
    while (in && out && (c = fgetc(in)) != EOF) {
        if (c == needle[matched]) {
            if (++matched == strlen(needle)) {
                fputs("(p-nt", out);
                matched = 0;
                changed++;
            }
            continue;
        }
        fwrite(needle, 1, matched, out);
        matched = 0;
        if (c == needle[0]) {
            matched = 1;
            continue;
        }
        fputc(c, out);
    }
    if (in)
        fclose(in);
    if (out && fclose(out) != 0)
        changed = 0;
    return changed;
}

static int play(const char *config_dir, const char *shot, const char *const *args)
{
    char records[600], scenario[600], shot_path[600];
    snprintf(records, sizeof records, "%s/records", work);
    snprintf(scenario, sizeof scenario, "%s/late-referral.lua", fixtures);
    if (scenario_override[0])
        snprintf(scenario, sizeof scenario, "%s", scenario_override);
    snprintf(shot_path, sizeof shot_path, "%s/%s.bmp", work, shot);
    const char *argv[32] = { casewalk, "play", scenario, "--ui", "gui", "--records", records,
                             "--screenshot", shot_path };
    int n = 9;
    for (int i = 0; args[i] && n < 31; i++)
        argv[n++] = args[i];
    argv[n] = NULL;
    pid_t pid = fork();
    if (pid == 0) {
        setenv("SDL_VIDEODRIVER", "offscreen", 0); /* unless the test runs with dummy */
        setenv("XDG_CONFIG_HOME", config_dir, 1);
        execv(casewalk, (char *const *)argv);
        _exit(127);
    }
    int status = 0;
    if (pid < 0 || waitpid(pid, &status, 0) < 0)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static image shot(const char *config_dir, const char *name, const char *const *args, int want_status)
{
    image img;
    char path[600];
    int status = play(config_dir, name, args);
    CHECK(status == want_status, "%s: exit status %d, wanted %d", name, status, want_status);
    snprintf(path, sizeof path, "%s/%s.bmp", work, name);
    CHECK(read_bmp(path, &img) == 0, "%s: no readable BMP at %s", name, path);
    return img;
}

static int remove_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
    (void)st, (void)flag, (void)ftw;
    return remove(path);
}

/* ---- the checks ---------------------------------------------------------------------------------- */

static void check_size_and_text(const image *scene)
{
    CHECK(scene->w == 900 && scene->h == 700, "scene is %dx%d, window.conf asked for 900x700", scene->w, scene->h);
    long ink;
    int first_h;
    int bands = ink_bands(scene, scene->h / 12, 0, &ink, &first_h);
    long area = (long)(scene->w * 3 / 5) * (scene->h * 9 / 10 - scene->h / 12);
    CHECK(ink * 100 > area, "too little text drawn: %ld dark pixels in %ld", ink, area);
    CHECK(bands >= 6, "only %d lines of text found", bands);
}

/* Choice 1 chosen (a) and choice 2 chosen (b) at the same scene: the layout above the choices is
 * the same, so the first differing row is the top of choice 1. Its fill must differ from the page
 * in a (highlighted) and not in b; in b the highlight colour appears only further down. */
static void check_highlight(const image *a, const image *b)
{
    CHECK(a->w == b->w && a->h == b->h, "sizes differ");
    if (a->w != b->w || a->h != b->h)
        return;
    int top = -1;
    for (int y = 0; y < a->h && top < 0; y++)
        if (memcmp(a->rgb + (size_t)y * (size_t)a->w * 3, b->rgb + (size_t)y * (size_t)b->w * 3, (size_t)a->w * 3))
            top = y;
    CHECK(top > a->h / 10, "the pictures differ from row %d: the layout above the choices moved", top);
    if (top < 0 || top + 8 >= a->h)
        return;
    int x0 = a->w * 35 / 100, x1 = a->w * 65 / 100;
    uint32_t page = pixel(a, 2, top + 5), fill_a = row_mode(a, top + 5, x0, x1), fill_b = row_mode(b, top + 5, x0, x1);
    CHECK(fill_a != page, "choice 1, when chosen, is not filled differently from the page (%06x)", (unsigned)fill_a);
    CHECK(fill_b != fill_a, "choice 1 looks the same chosen and not chosen (%06x)", (unsigned)fill_b);
    int first_a = -1, first_b = -1, rows_a = 0, rows_b = 0;
    for (int y = a->h / 10; y < a->h * 95 / 100; y++) {
        if (row_mode(a, y, x0, x1) == fill_a) {
            rows_a++;
            if (first_a < 0)
                first_a = y;
        }
        if (row_mode(b, y, x0, x1) == fill_a) {
            rows_b++;
            if (first_b < 0)
                first_b = y;
        }
    }
    CHECK(first_a >= 0 && first_a <= top + 6, "the highlight of choice 1 starts at row %d, not at its top %d", first_a, top);
    CHECK(rows_a >= 20 && rows_b >= 20, "highlights too small: %d and %d rows", rows_a, rows_b);
    CHECK(first_b > top + 20, "with choice 2 chosen, the highlight starts at row %d (choice 1 is at %d)", first_b, top);
}

static void check_contrast(const image *calm, const image *contrast)
{
    int bg_calm = luminance(pixel(calm, 2, calm->h / 2)), bg_contrast = luminance(pixel(contrast, 2, contrast->h / 2));
    CHECK(bg_calm > 200, "calm background luminance %d", bg_calm);
    CHECK(bg_contrast < 30, "high-contrast background luminance %d", bg_contrast);
    long differing = 0;
    for (long i = 0; i < (long)calm->w * calm->h && calm->w == contrast->w && calm->h == contrast->h; i++)
        differing += memcmp(calm->rgb + i * 3, contrast->rgb + i * 3, 3) != 0;
    CHECK(differing * 2 > (long)calm->w * calm->h, "only %ld pixels differ between the themes", differing);
    long ink;
    int first_h;
    ink_bands(contrast, contrast->h / 12, 1, &ink, &first_h);
    CHECK(ink > 2000, "high contrast: only %ld light text pixels", ink);
}

static void check_larger(const image *normal, const image *large)
{
    long ink_n, ink_l;
    int h_n, h_l;
    ink_bands(normal, normal->h / 12, 0, &ink_n, &h_n);
    ink_bands(large, large->h / 12, 0, &ink_l, &h_l);
    CHECK(h_n > 4 && h_l * 10 >= h_n * 13, "first line of text %d px at 100 %% and %d px at 150 %%", h_n, h_l);
}

/* The bars at the largest text in a small window: the key hints one line high (not most of the
 * window), and the toolbar's last button ending before the window's edge (not cut off). */
static void check_bars(const image *img, const char *name)
{
    uint32_t bar = pixel(img, 1, img->h - 2);
    int y = img->h - 1;
    while (y > 0 && pixel(img, 1, y) == bar)
        y--;
    int bottom_h = img->h - 1 - y;
    CHECK(bottom_h > 10 && bottom_h < img->h / 6, /* one line: two would be a quarter */ "%s: the key hints are %d px high in a %d px window", name,
          bottom_h, img->h);
    uint32_t top_bar = pixel(img, 1, 1);
    int top_h = 0;
    while (top_h < img->h / 3 && pixel(img, 1, top_h) == top_bar)
        top_h++;
    int mid = top_h / 2, right = -1;
    for (int x = img->w - 1; x >= img->w / 2 && right < 0; x--)
        if (pixel(img, x, mid) != top_bar)
            right = x;
    CHECK(right > img->w / 2 && right < img->w - 6, "%s: the toolbar's last button ends at x %d of %d", name, right,
          img->w);
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: test_window_shots CASEWALK FIXTURES_DIR\n");
        return 2;
    }
    casewalk = argv[1];
    fixtures = argv[2];
    const char *tmp = getenv("TMPDIR");
    snprintf(work, sizeof work, "%s/casewalk-window-XXXXXX", tmp && tmp[0] ? tmp : "/tmp");
    if (!mkdtemp(work)) {
        perror("mkdtemp");
        return 2;
    }

    char calm[700], tall[700], contrast[700], large[700], fresh[700];
    make_config("calm", "width = 900\nheight = 700\n", calm, sizeof calm);
    make_config("tall", "width = 900\nheight = 1000\n", tall, sizeof tall); /* the feedback fits unscrolled */
    make_config("contrast", "theme = high-contrast\nwidth = 900\nheight = 700\n", contrast, sizeof contrast);
    make_config("large", "text_size = 150\nwidth = 900\nheight = 700\n", large, sizeof large);
    make_config("fresh", NULL, fresh, sizeof fresh);
    char small_large[700];
    make_config("small-large", "text_size = 300\nwidth = 800\nheight = 600\n", small_large, sizeof small_large);

    /* The second scene, nothing chosen yet (assessment mode moves straight on). One seed for every
     * run, so that every screenshot shows the choices in the same drawn order. */
    const char *scene_args[] = { "--role", "cps", "--seed", "4", "--mode", "assessment", "--choose", "@talk_privately", NULL };
    image scene = shot(calm, "scene", scene_args, 3);
    image scene_contrast = shot(contrast, "scene-contrast", scene_args, 3);
    image scene_large = shot(large, "scene-large", scene_args, 3);
    /* The same scene answered with the choice shown first, then second (practice: the feedback shows). */
    const char *pick1_args[] = { "--role", "cps", "--seed", "4", "--choose", "@talk_privately:\"She called for help.\",1", NULL };
    const char *pick2_args[] = { "--role", "cps", "--seed", "4", "--choose", "@talk_privately:\"She called for help.\",2", NULL };
    image pick1 = shot(tall, "pick1", pick1_args, 3);
    image pick2 = shot(tall, "pick2", pick2_args, 3);
    /* The harmful choice at the same scene: its feedback also says which choice was recommended. */
    const char *pick3_args[] = { "--role", "cps", "--seed", "4", "--choose", "@talk_privately:\"She called for help.\",@tell_leave", NULL };
    image pick3 = shot(tall, "pick3", pick3_args, 3);
    image scene_small = shot(small_large, "scene-small-large", scene_args, 3);
    /* The end screen, and the first screen with no window.conf at all (default size). */
    const char *end_args[] = { "--role", "cps", "--seed", "4", "--choose",
                               "@talk_privately,@ask_cues,1+2+5+\"Ms. Núñez asked for an order.\",@decline", NULL };
    image end = shot(calm, "end", end_args, 0);
    const char *launcher_args[] = { NULL };
    image launcher = shot(fresh, "launcher", launcher_args, 0);
    /* The acceptable choice again, in the case with its citations removed: no "Sources" line. */
    CHECK(uncited_copy() >= 5, "could not write the uncited copy of the fixture");
    image pick1_uncited = shot(tall, "pick1-uncited", pick1_args, 3);
    scenario_override[0] = '\0';

    if (scene.rgb) {
        check_size_and_text(&scene);
        if (scene_contrast.rgb)
            check_contrast(&scene, &scene_contrast);
        if (scene_large.rgb)
            check_larger(&scene, &scene_large);
    }
    if (pick1.rgb && pick2.rgb)
        check_highlight(&pick1, &pick2);
    if (pick1.rgb && pick3.rgb) { /* "Recommended here", the recommended choice, "Why: ..." */
        long ink;
        int first_h;
        int acceptable = ink_bands(&pick1, pick1.h / 12, 0, &ink, &first_h);
        int harmful = ink_bands(&pick3, pick3.h / 12, 0, &ink, &first_h);
        CHECK(harmful >= acceptable + 3, "after a harmful choice %d lines, after an acceptable one %d: no recommended choice shown",
              harmful, acceptable);
    }
    if (pick1.rgb && pick1_uncited.rgb) { /* "Sources: Point 4, Assess the perpetrator's pattern (...)" */
        long ink;
        int first_h;
        int cited = ink_bands(&pick1, pick1.h / 12, 0, &ink, &first_h);
        int uncited = ink_bands(&pick1_uncited, pick1_uncited.h / 12, 0, &ink, &first_h);
        CHECK(cited >= uncited + 1, "the feedback with citations shows %d lines, without %d: no Sources line",
              cited, uncited);
    }
    if (scene_small.rgb) {
        CHECK(scene_small.w == 800 && scene_small.h == 600, "small window %dx%d", scene_small.w, scene_small.h);
        check_bars(&scene_small, "scene at 800x600, 300 %");
    }
    if (scene.rgb)
        check_bars(&scene, "scene at 900x700");
    if (end.rgb) {
        long ink;
        int first_h;
        CHECK(ink_bands(&end, end.h / 12, 0, &ink, &first_h) >= 6, "the end screen shows too little");
    }
    if (launcher.rgb) {
        CHECK(launcher.w == 1100 && launcher.h == 760, "default window %dx%d, wanted 1100x760", launcher.w, launcher.h);
        char conf[800];
        struct stat st;
        snprintf(conf, sizeof conf, "%s/casewalk/window.conf", fresh);
        CHECK(stat(conf, &st) != 0 && errno == ENOENT, "a scripted run wrote %s", conf);
    }
    image all[] = { scene, scene_contrast, scene_large, pick1, pick2, pick3, scene_small, end, launcher, pick1_uncited };
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        free(all[i].rgb);
    if (failures == 0) {
        printf("window screenshots: all checks passed\n");
        nftw(work, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
    } else {
        fprintf(stderr, "the screenshots are kept in %s\n", work);
    }
    return failures ? 1 : 0;
}
