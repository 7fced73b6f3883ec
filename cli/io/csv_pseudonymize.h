/* pseudonymize.h - copy a CSV file or a sheet, replacing the values of
 * some columns by their pseudonyms (pseudonym.h).
 *
 * The input is read as commands read it (input.h): any separator and
 * encoding, or a sheet of a workbook.  The copy is always comma-separated
 * UTF-8 CSV, whatever was read, and keeps the header and every column in
 * order (a sheet's rows padded to the header's width).  It is written as
 * cli/output.c writes CSV: RFC 4180 with minimal quoting (a field is
 * quoted only when it holds a comma, a quote, CR or LF) and LF line ends,
 * so a CRLF input becomes LF, a byte-order mark and blank lines are
 * dropped, and a record made of one empty field is written as "" (an empty
 * line would be read back as a blank line), as is a first header name that
 * starts with U+FEFF (it would be read back as a byte-order mark) or with
 * a file type's magic number ("%PDF-": the copy would be taken for a PDF).  Values are hashed byte for
 * byte, as they are: no trimming, case folding or Unicode normalisation.
 * Empty cells stay empty; a cell of blanks is a value like any other.
 * Streaming: memory is one row. */
#ifndef CS_PSEUDONYMIZE_H
#define CS_PSEUDONYMIZE_H

#include <stdio.h>
#include "cli/core/diag.h"
#include "cli/core/pseudonym.h"

/* Read path ("-" = standard input) as in says (NULL: the defaults) and
 * write the copy to out, replacing the ncols columns named in columns
 * (each must appear exactly once in the header; names may repeat in
 * columns).  *nrows (may be NULL) receives the number of data rows.
 * Returns 0 or an exit code with err filled: CS_EXIT_DATA for bad input or
 * an unknown column, CS_EXIT_ENV when the input cannot be read or out
 * reports a write error. */
struct cs_input;
int cs_pseudonymize_csv(const char *path, const struct cs_input *in, const char *const *columns, size_t ncols,
			struct cs_pseudonym *key, FILE *out, unsigned long *nrows, struct cs_err *err);

#endif
