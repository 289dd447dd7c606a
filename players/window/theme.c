/* theme.c — the colour themes. Meaning is never carried by colour alone: ratings come with a shape
 * and a word, selections with a mark, focus with a ring. */
#include <string.h>

#include "theme.h"

#define RGB(hex) { (Uint8)((hex) >> 16), (Uint8)(((hex) >> 8) & 0xFF), (Uint8)((hex) & 0xFF), 0xFF }

static const theme themes[THEME_COUNT] = {
    [THEME_CALM] = {
        .name = "calm", .label = "Calm",
        .background = RGB(0xF4F2ED), .surface = RGB(0xFCFBF8), .panel = RGB(0xECE9E2), .bar = RGB(0xEAE7E0),
        .text = RGB(0x2E3135), .muted = RGB(0x5B6066), .border = RGB(0xC4C0B7), .border_strong = RGB(0x8E8A82),
        .accent = RGB(0x3A617E), .on_accent = RGB(0xFFFFFF), .accent_soft = RGB(0xDCE6EE), .focus = RGB(0x2F5A7A),
        .rating = { RGB(0x9A3B34), RGB(0x87590E), RGB(0x3A617E), RGB(0x2F6A4C) },
        .line = 1,
    },
    [THEME_HIGH_CONTRAST] = {
        .name = "high-contrast", .label = "High contrast",
        .background = RGB(0x000000), .surface = RGB(0x000000), .panel = RGB(0x141414), .bar = RGB(0x000000),
        .text = RGB(0xFFFFFF), .muted = RGB(0xF0F0F0), .border = RGB(0xFFFFFF), .border_strong = RGB(0xFFFFFF),
        .accent = RGB(0xFFE033), .on_accent = RGB(0x000000), .accent_soft = RGB(0x2E2A00), .focus = RGB(0x4FE3FF),
        .rating = { RGB(0xFFFFFF), RGB(0xFFFFFF), RGB(0xFFFFFF), RGB(0xFFFFFF) },
        .line = 2,
    },
    [THEME_PROJECTOR] = {
        .name = "projector", .label = "Projector",
        .background = RGB(0xFFFFFF), .surface = RGB(0xFFFFFF), .panel = RGB(0xEDEDED), .bar = RGB(0xE6E6E6),
        .text = RGB(0x111111), .muted = RGB(0x333333), .border = RGB(0x6E6E6E), .border_strong = RGB(0x222222),
        .accent = RGB(0x1C4A72), .on_accent = RGB(0xFFFFFF), .accent_soft = RGB(0xD5E2EE), .focus = RGB(0x1C4A72),
        .rating = { RGB(0x8A1F18), RGB(0x6E4700), RGB(0x1C4A72), RGB(0x1B5A38) },
        .line = 2,
    },
};

const theme *theme_get(theme_id id)
{
    if ((int)id < 0 || id >= THEME_COUNT)
        id = THEME_CALM;
    return &themes[id];
}

theme_id theme_parse(const char *name)
{
    for (int i = 0; i < THEME_COUNT; i++)
        if (strcmp(name, themes[i].name) == 0)
            return (theme_id)i;
    return THEME_CALM;
}
