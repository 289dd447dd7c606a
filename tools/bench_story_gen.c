/* bench_story_gen.c — writes one layered benchmark story twice: as a casewalk scenario (Lua, see
 * docs/scenario-format.md) and as ink (inkle's ink language), so that tools/bench_vs_ink can load
 * and play the same story in casewalk and in inkjs.
 *
 *   bench_story_gen LAYERS WIDTH OUT.lua OUT.ink
 *
 * and prints {"scenes":N,"text_chars_per_scene":C} (scenes without the endings).
 * The story: LAYERS layers of WIDTH scenes each (LAYERS × WIDTH scenes) and 3 endings. A playthrough
 * starts at the first scene of layer 0 and makes one decision per layer. Every scene has:
 *   - about 330 characters of text: the scene text (about 100, with the state variable `trust`
 *     shown in it), and for each of its 3 choices the choice text and the feedback shown after it
 *     is chosen (about 35 each; ink prints the feedback as the choice's output);
 *   - 3 choices; the third is offered only while trust >= 1 (the one condition);
 *   - one state change per choice (the three effects): trust + 1, risk + 1, trust - 1;
 *   - choice k of scene w goes to scene (3w + k) mod WIDTH of the next layer, so from layer
 *     log3(WIDTH) on every scene is reached; choice k of the last layer goes to ending k.
 * What only casewalk has (the rating, a one-word rationale, one competency tag per choice, two
 * roles with the same text) is written in the Lua file only; ink has no place for it. Choices
 * are written with ink's sticky `+`, since no scene is visited twice in one playthrough. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Words for the texts: plain letters only, so nothing in them means anything to Lua or ink. */
static const char *const words[] = {
    "the",    "caseworker", "advocate", "mother",  "child",   "school", "report",  "safety",
    "plan",   "visit",      "family",   "court",   "notes",   "call",   "meeting", "shelter",
    "police", "worker",     "home",     "partner", "evening", "letter", "office",  "record",
};
#define N_WORDS (sizeof words / sizeof words[0])

/* Appends words drawn from seed to buf until it holds about length characters, then a period. */
static void fill_text(char *buf, size_t size, size_t length, unsigned seed)
{
    size_t used = strlen(buf);
    while (used < length && used + 16 < size) {
        seed = seed * 1103515245u + 12345u;
        used += (size_t)snprintf(buf + used, size - used, "%s%s", used ? " " : "",
                                 words[(seed >> 16) % N_WORDS]);
    }
    snprintf(buf + used, size - used, ".");
}

static void scene_id(char *buf, size_t size, int layer, int width, int layers, int index)
{
    if (layer >= layers)
        snprintf(buf, size, "ending%d", index);
    else
        snprintf(buf, size, "s%d_%d", layer, index % width);
}

static const char *const choice_ids[3] = {"gain_trust", "raise_risk", "lose_trust"};
static const char *const lua_effects[3] = {"add = { trust = 1 }", "add = { risk = 1 }", "add = { trust = -1 }"};
static const char *const ink_effects[3] = {"~ trust = trust + 1", "~ risk = risk + 1", "~ trust = trust - 1"};
static const char *const ratings[3] = {"recommended", "acceptable", "concerning"};

/* The texts of one scene, the same in both files. */
typedef struct scene_texts {
    char text[200];
    char choice[3][64];
    char feedback[3][64];
} scene_texts;

static void make_texts(scene_texts *t, int layer, int index)
{
    unsigned seed = (unsigned)layer * 7919u + (unsigned)index * 104729u + 1u;
    snprintf(t->text, sizeof t->text, "Layer %d, scene %d", layer, index);
    fill_text(t->text, sizeof t->text, 88, seed);
    for (int k = 0; k < 3; k++) {
        snprintf(t->choice[k], sizeof t->choice[k], "Option %d", k + 1);
        fill_text(t->choice[k], sizeof t->choice[k], 34, seed + 11u * (unsigned)k + 3u);
        snprintf(t->feedback[k], sizeof t->feedback[k], "Result %d", k + 1);
        fill_text(t->feedback[k], sizeof t->feedback[k], 34, seed + 13u * (unsigned)k + 5u);
    }
}

/* Characters of text written for all scenes, for the average printed at the end. */
static size_t text_chars;

static void write_lua_scene(FILE *f, int layer, int index, int width, int layers)
{
    scene_texts t;
    make_texts(&t, layer, index);
    text_chars += strlen(t.text) + strlen(" Trust is 0.");
    for (int k = 0; k < 3; k++)
        text_chars += strlen(t.choice[k]) + strlen(t.feedback[k]);
    fprintf(f, "    scene { id = \"s%d_%d\", phase = \"bench\", text = \"%s Trust is ${trust}.\",\n", layer, index,
            t.text);
    fprintf(f, "      choices = {\n");
    for (int k = 0; k < 3; k++) {
        char target[32];
        scene_id(target, sizeof target, layer + 1, width, layers, layer + 1 < layers ? 3 * index + k : k);
        fprintf(f, "        choice { id = \"%s\", text = \"%s\",%s %s, go = \"%s\",\n", choice_ids[k], t.choice[k],
                k == 2 ? " when = function(s) return s.trust >= 1 end," : "", lua_effects[k], target);
        fprintf(f, "                 rating = \"%s\", feedback = \"%s\", rationale = \"Bench.\",\n", ratings[k],
                t.feedback[k]);
        fprintf(f, "                 tags = { \"collaboration\" } },\n");
    }
    fprintf(f, "      } },\n");
}

static void write_ink_scene(FILE *f, int layer, int index, int width, int layers)
{
    scene_texts t;
    make_texts(&t, layer, index);
    fprintf(f, "=== s%d_%d ===\n%s Trust is {trust}.\n", layer, index, t.text);
    for (int k = 0; k < 3; k++) {
        char target[32];
        scene_id(target, sizeof target, layer + 1, width, layers, layer + 1 < layers ? 3 * index + k : k);
        fprintf(f, "+ %s[%s] %s\n  %s\n  -> %s\n", k == 2 ? "{trust >= 1} " : "", t.choice[k], t.feedback[k],
                ink_effects[k], target);
    }
}

static const char *const ending_titles[3] = {"A plan together", "A partial plan", "No plan"};
static const char *const ending_classes[3] = {"positive", "mixed", "negative"};

static int write_lua(const char *path, int layers, int width)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fprintf(f, "-- Benchmark story written by tools/bench_story_gen: %d layers x %d scenes, 3 choices each.\n"
               "return scenario {\n"
               "  id = \"bench-story\", title = \"Benchmark story\", version = \"1.0.0\",\n"
               "  summary = \"A generated layered story for benchmarks.\", minutes = 10,\n"
               "  start = \"s0_0\",\n"
               "  roles = {\n"
               "    role { id = \"cps\", name = \"Investigator\", brief = \"\" },\n"
               "    role { id = \"dv\", name = \"Advocate\", brief = \"\" },\n"
               "  },\n"
               "  state = { trust = 0, risk = 0 },\n"
               "  scenes = {\n",
            layers, width);
    for (int layer = 0; layer < layers; layer++)
        for (int index = 0; index < width; index++)
            write_lua_scene(f, layer, index, width, layers);
    for (int k = 0; k < 3; k++)
        fprintf(f, "    ending { id = \"ending%d\", title = \"%s\", classification = \"%s\",\n"
                   "             text = \"The story ends here. Trust is ${trust}, risk is ${risk}.\" },\n",
                k, ending_titles[k], ending_classes[k]);
    fprintf(f, "  },\n}\n");
    return fclose(f) == 0 ? 0 : -1;
}

static int write_ink(const char *path, int layers, int width)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    fprintf(f, "// Benchmark story written by tools/bench_story_gen: %d layers x %d scenes, 3 choices each.\n"
               "VAR trust = 0\nVAR risk = 0\n-> s0_0\n\n",
            layers, width);
    for (int layer = 0; layer < layers; layer++)
        for (int index = 0; index < width; index++)
            write_ink_scene(f, layer, index, width, layers);
    for (int k = 0; k < 3; k++)
        fprintf(f, "=== ending%d ===\n%s. The story ends here. Trust is {trust}, risk is {risk}.\n-> END\n", k,
                ending_titles[k]);
    return fclose(f) == 0 ? 0 : -1;
}

int main(int argc, char **argv)
{
    int layers = argc == 5 ? atoi(argv[1]) : 0, width = argc == 5 ? atoi(argv[2]) : 0;
    if (layers < 1 || width < 1 || layers > 10000 || width > 100000) {
        fprintf(stderr, "usage: bench_story_gen LAYERS WIDTH OUT.lua OUT.ink\n");
        return 2;
    }
    if (write_lua(argv[3], layers, width) != 0) {
        perror(argv[3]);
        return 1;
    }
    if (write_ink(argv[4], layers, width) != 0) {
        perror(argv[4]);
        return 1;
    }
    int scenes = layers * width;
    printf("{\"scenes\":%d,\"text_chars_per_scene\":%.0f}\n", scenes, (double)text_chars / scenes);
    return 0;
}
