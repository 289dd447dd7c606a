/* html_page.c — the page around every HTML report: one self-contained file with an inline
 * style sheet for screen and paper, no scripts and a policy that forbids loading anything. */
#include "report/text_out.h"
#include "report/html_page.h"

static const char style[] =
    ":root{--ink:#1f2328;--muted:#5b6470;--line:#dcdfe4;--paper:#fbfaf7;--card:#fff;"
    "--cps:#3d6a8e;--dv:#b5702f;--rec:#3f7d58;--acc:#7d9150;--con:#c0892c;--harm:#a8443b}\n"
    "*{box-sizing:border-box}\n"
    "body{margin:0;background:var(--paper);color:var(--ink);"
    "font:16px/1.55 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"Helvetica Neue\","
    "Arial,sans-serif}\n"
    "main{max-width:64rem;margin:0 auto;padding:2rem 1.5rem 4rem}\n"
    "h1{font-size:1.6rem;line-height:1.25;margin:0 0 .3rem;font-weight:650}\n"
    "h2{font-size:1.2rem;margin:2.4rem 0 .7rem;padding-bottom:.3rem;border-bottom:1px solid var(--line)}\n"
    "h2 .step{color:var(--muted);font-weight:500;margin-right:.45rem}\n"
    "h3{font-size:1rem;margin:1.5rem 0 .45rem}\n"
    "h4{font-size:.95rem;margin:1rem 0 .4rem;color:var(--muted)}\n"
    ".cols h3{margin-top:.3rem}\n"
    "p{margin:.4rem 0 .7rem}\n"
    ".meta{color:var(--muted);margin:0 0 1rem}\n"
    ".note{background:#f4efe3;border-left:4px solid var(--con);padding:.5rem .8rem;margin:.7rem 0}\n"
    ".card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.8rem 1rem;margin:.7rem 0}\n"
    ".muted{color:var(--muted)}\n"
    "table{border-collapse:collapse;width:100%;font-size:.9rem;background:var(--card)}\n"
    "th,td{text-align:left;vertical-align:top;padding:.5rem .55rem;border-bottom:1px solid var(--line)}\n"
    "th{font-weight:600;color:var(--muted);font-size:.75rem;text-transform:uppercase;letter-spacing:.04em}\n"
    "td.num{text-align:right;white-space:nowrap}td.small{font-size:.85rem}\n"
    "table.decisions td:nth-child(3){width:34%}table.decisions td:nth-child(5){width:28%}table.decisions td:nth-child(6){width:13%}\n"
    ".rec{margin-top:.35rem;padding-top:.3rem;border-top:1px dashed var(--line);color:#2f5d43;font-size:.85rem}\n"
    ".badge{display:inline-block;padding:0 .5rem;border-radius:999px;font-size:.75rem;color:#fff;"
    "white-space:nowrap;line-height:1.6}\n"
    ".r-recommended{background:var(--rec)}.r-acceptable{background:var(--acc)}"
    ".r-concerning{background:var(--con)}.r-harmful{background:var(--harm)}\n"
    ".e-positive{background:var(--rec)}.e-mixed{background:var(--con)}.e-negative{background:var(--harm)}\n"
    ".cols{display:grid;grid-template-columns:1fr 1fr;gap:1rem}\n"
    ".cols>div{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.6rem 1rem}\n"
    "ul{padding-left:1.2rem;margin:.3rem 0}li{margin:.25rem 0}\n"
    "blockquote{margin:.6rem 0;padding:.55rem .9rem;border-left:4px solid var(--cps);background:var(--card)}\n"
    "blockquote .why{display:block;color:var(--muted);font-size:.88rem;margin-top:.3rem}\n"
    "li.picked{font-weight:600}\n"
    "mark.flag{background:#f7ddd0;color:inherit;padding:0 .1rem;border-bottom:2px solid var(--harm)}\n"
    "figure{margin:.6rem 0 1.2rem}figcaption{color:var(--muted);font-size:.85rem;margin-top:.3rem}\n"
    "svg{max-width:100%;height:auto;font-family:inherit}\n"
    ".legend{font-size:.85rem;color:var(--muted)}.legend svg{vertical-align:middle}.legend span{margin-right:1.1rem;white-space:nowrap}\n"
    ".swatch{display:inline-block;width:.8rem;height:.8rem;border-radius:2px;vertical-align:-1px;margin-right:.35rem}\n"
    ".decision{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.7rem 1rem .4rem;margin:1rem 0}\n"
    ".decision h3{margin:0 0 .4rem}.rank{color:var(--muted);font-weight:500}\n"
    "footer{color:var(--muted);font-size:.8rem;margin-top:3rem;border-top:1px solid var(--line);padding-top:.6rem}\n"
    "@media (max-width:700px){.cols{grid-template-columns:1fr}}\n"
    /* Paper: US letter, compact type and tables, nothing forced onto a page of its own (a block
     * that may not break leaves the rest of a page blank), figures scaled to the width. */
    "@media print{@page{size:letter;margin:10mm 11mm}*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    "html{font-size:7.6pt}body{background:#fff;font-size:1rem;line-height:1.32}main{max-width:none;padding:0}"
    "h1{font-size:14pt}h2{font-size:11pt;margin:.9rem 0 .3rem;padding-bottom:.1rem;break-after:avoid}"
    "h3{font-size:9.5pt;margin:.5rem 0 .2rem;break-after:avoid}h4{margin:.4rem 0 .2rem}"
    "p{margin:.2rem 0 .35rem}ul{margin:.1rem 0}li{margin:.05rem 0}"
    "table{font-size:.95rem}th,td{padding:.1rem .25rem}th{font-size:.8rem}"
    ".card,.cols>div,.decision,blockquote{padding:.3rem .5rem;margin:.35rem 0;border-color:#bbb}"
    ".cols{gap:.5rem}figure{margin:.3rem 0 .5rem}figcaption,.legend{font-size:.9rem}"
    "svg{max-width:100%;max-height:110mm;height:auto}"
    "figure,blockquote,li{break-inside:avoid}table.decisions td:nth-child(3){width:30%}"
    "table.others td:nth-child(2){width:50%}figure.competencies svg{max-width:62%}"
    /* a decision's chart is half a page wide (its words stay legible): two decisions side by
     * side, where one used to leave the other half of its card empty */
    ".by-decision{columns:2;column-gap:.6rem}.by-decision .decision{margin:0 0 .4rem}"
    ".decision svg{max-width:100%}"
    /* on paper, what the other role read is its first lines and what it could do is what it did:
     * the screen shows both whole */
    ".read{display:-webkit-box;-webkit-line-clamp:3;-webkit-box-orient:vertical;overflow:hidden}"
    "table.others li:not(.picked){display:none}table.others ul{list-style:none;padding-left:0}"
    "footer{margin-top:1rem}}\n";

void html_begin(FILE *out, const char *title)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
          "style-src 'unsafe-inline'\">\n<title>",
          out);
    html_put(out, title);
    fputs("</title>\n<style>\n", out);
    fputs(style, out);
    fputs("</style>\n</head>\n<body>\n<main>\n", out);
}

void html_end(FILE *out)
{
    fputs("<footer>Made by casewalk " CASEWALK_VERSION " from session records. Trainees appear "
          "only under their pseudonyms.</footer>\n</main>\n</body>\n</html>\n",
          out);
}
