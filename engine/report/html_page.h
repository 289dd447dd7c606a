/* html_page.h — the page around every HTML report (html_page.c). */
#ifndef CW_REPORT_HTML_PAGE_H
#define CW_REPORT_HTML_PAGE_H

#include <stdio.h>

/* Opens a self-contained page: inline style sheet (screen and print), no scripts, no network. */
void html_begin(FILE *out, const char *title);
void html_end(FILE *out);

#endif
