/* room_qr.c — the Join URL as a QR code (libqrencode, error correction M), as a plain square of
 * modules the projector can draw at any size. */
#include "room.h"

#include <qrencode.h>
#include <stdlib.h>

unsigned char *room_qr(const char *text, int *width)
{
    if (!text || !width)
        return NULL;
    QRcode *code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return NULL;
    int w = code->width;
    unsigned char *modules = malloc((size_t)w * (size_t)w);
    if (modules) {
        for (int i = 0; i < w * w; i++)
            modules[i] = code->data[i] & 1; /* bit 0: dark; the other bits say what the module is for */
        *width = w;
    }
    QRcode_free(code);
    return modules;
}
