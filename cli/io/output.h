/* output.h - the four renderings of a result (cli/core/result.h):
 *   table  aligned columns for a terminal, numbers rounded for people,
 *   csv    RFC 4180 with LF line ends, numbers as %.17g, empty = undefined,
 *   json   an array of objects, numbers as %.17g, undefined = null,
 *   md     a GitHub-flavoured Markdown table, numbers rounded for people.
 * Numbers are printed with '.' whatever the locale (LC_NUMERIC is never set). */
#ifndef CS_OUTPUT_H
#define CS_OUTPUT_H

#include <stddef.h>
#include <stdio.h>
#include "cli/core/result.h"

enum cs_format { CS_FMT_TABLE, CS_FMT_CSV, CS_FMT_JSON, CS_FMT_MD };

/* Parse "table", "csv", "json", "md" (or "markdown"); -1 if unknown. */
int cs_format_parse(const char *s);

/* Render; with explain, sentences follow the table (table, md; a sentence
 * the row before printed is not repeated) or go in an "explanation" field
 * (json); csv never carries them.  Returns 0, -1 if the stream reports an
 * error, -2 when out of memory. */
int cs_result_write(FILE *out, const struct cs_result *r, enum cs_format fmt, int explain);

/* One CSV field as the csv rendering writes it (RFC 4180, minimal quoting):
 * quoted only when it holds a comma, a quote, CR or LF, quotes doubled. */
void cs_csv_field(FILE *out, const char *s);

/* Display width of UTF-8 text in terminal columns (needs LC_CTYPE UTF-8;
 * falls back to one column per code point). */
size_t cs_display_width(const char *s);

#endif
