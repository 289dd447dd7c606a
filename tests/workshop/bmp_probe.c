/* bmp_probe.c — what the workshop tests ask of a screenshot: its size, and how many pixels in a
 * region have one colour (within a small tolerance).
 *
 * Usage: bmp_probe FILE                     prints "WIDTH HEIGHT"
 *        bmp_probe FILE RRGGBB [X Y W H]    prints "WIDTH HEIGHT COUNT" */
#include <stdio.h>
#include <stdlib.h>

static unsigned long get(const unsigned char *p, int n)
{
    unsigned long v = 0;
    for (int i = n - 1; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

int main(int argc, char **argv)
{
    if (argc != 2 && argc != 3 && argc != 7) {
        fprintf(stderr, "usage: bmp_probe FILE [RRGGBB [X Y W H]]\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *d = malloc((size_t)size);
    if (!d || size < 54 || fread(d, 1, (size_t)size, f) != (size_t)size || d[0] != 'B' || d[1] != 'M') {
        fprintf(stderr, "%s: not a BMP file\n", argv[1]);
        fclose(f);
        free(d);
        return 1;
    }
    fclose(f);
    int status = 0;
    long offset = (long)get(d + 10, 4);
    long width = (long)(int)get(d + 18, 4), height = (long)(int)get(d + 22, 4);
    int bpp = (int)get(d + 28, 2);
    int flipped = height > 0;
    if (height < 0)
        height = -height;
    if (bpp != 24 && bpp != 32) {
        fprintf(stderr, "%s: %d bits per pixel; 24 or 32 expected\n", argv[1], bpp);
        status = 1;
        goto done;
    }
    long stride = (width * (bpp / 8) + 3) & ~3L;
    if (offset + stride * height > size) {
        fprintf(stderr, "%s: truncated\n", argv[1]);
        status = 1;
        goto done;
    }
    if (argc == 2) {
        printf("%ld %ld\n", width, height);
        goto done;
    }
    unsigned long rgb = strtoul(argv[2], NULL, 16);
    int r = (int)(rgb >> 16 & 255), g = (int)(rgb >> 8 & 255), b = (int)(rgb & 255);
    long x0 = 0, y0 = 0, w = width, h = height;
    if (argc == 7)
        x0 = atol(argv[3]), y0 = atol(argv[4]), w = atol(argv[5]), h = atol(argv[6]);
    long count = 0;
    for (long y = y0; y < y0 + h && y < height; y++) {
        long row = flipped ? height - 1 - y : y;
        for (long x = x0; x < x0 + w && x < width; x++) {
            const unsigned char *p = d + offset + row * stride + x * (bpp / 8);
            if (abs(p[2] - r) <= 6 && abs(p[1] - g) <= 6 && abs(p[0] - b) <= 6)
                count++;
        }
    }
    printf("%ld %ld %ld\n", width, height, count);
done:
    free(d);
    return status;
}
