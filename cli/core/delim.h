/* delim.h - the field separator of a CSV file: ',' unless the user, the
 * file name or the header line says otherwise.
 *
 * In order: --delimiter; then a name ending in .tsv or .tab means tab;
 * then the header line alone: a ';' or a tab outside quotes and no comma
 * there picks that character (Excel and LibreOffice in Russian and Kazakh
 * write ';').  Data rows are never looked at, so what a file means cannot
 * change with its rows. */
#ifndef CS_DELIM_H
#define CS_DELIM_H

#include <stddef.h>
#include "cli/core/diag.h"

/* The separator the header line says: ',', ';' or '\t'; or -1 when it
 * has both ';' and tabs outside quotes and no comma (say --delimiter).
 * The line is s[0..len), up to the first CR or LF outside quotes (what
 * follows is not looked at); a '"' toggles quoting, so "" inside quotes
 * changes nothing.  Give it after any byte-order mark. */
int cs_delim_detect(const char *s, size_t len);

/* '\t' for a path whose name ends in .tsv or .tab (any case), else 0. */
int cs_delim_from_name(const char *path);

/* An --delimiter value: ",", ";", "|", "tab", "\t" (backslash and t) or
 * a tab character, and the words comma, semicolon and pipe.  0 with
 * *delim set, or CS_EXIT_USAGE with a message in err. */
int cs_delim_option(const char *value, char *delim, const char *cmd, struct cs_err *err);

/* All three: the option's value when given (opt != 0), else the name's,
 * else the header's (-1 as above). */
int cs_delim_choose(char opt, const char *path, const char *header, size_t len);

#endif
