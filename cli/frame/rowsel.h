/* rowsel.h - the data-selection options shared by the commands that read a
 * file: --success COL[=VALUE] (what counts as a success) and --where
 * COL=VALUE (which rows to use; repeatable, all must hold).
 *
 * A --success COL cell is a success when it is a word for yes, a failure
 * when a word for no (cli/frame/cells.h: --true, --false, or the built-in
 * English, Russian and Kazakh words, any case, blanks around ignored); an
 * empty or blank cell is missing; anything else is an error naming file,
 * line, field, column and value.  With --success COL=VALUE, a cell equal to VALUE
 * (byte for byte) is a success, any other non-blank cell a failure.
 * Blanks around COL and VALUE in either option are ignored. */
#ifndef CS_ROWSEL_H
#define CS_ROWSEL_H

#include <stddef.h>
#include <stdint.h>
#include "cli/io/dataset.h"
#include "cli/core/diag.h"
#include "cli/core/text.h"
#include "cli/frame/cells.h"
#include "cli/frame/options.h"

struct cs_where {
	char *col;             /* owned */
	char *value;           /* owned */
};

struct cs_wheres {
	struct cs_where *w;    /* owned */
	size_t n;
};

/* Add a --where COL=VALUE.  Returns 0 or an exit
 * code with err filled (usage error for a spec without '='). */
int cs_where_add(struct cs_wheres *ws, const char *spec, const char *cmd, struct cs_err *err);
/* Do the row's values at positions first .. first+n-1 (the --where columns,
 * requested in order) all match? */
int cs_where_match(const struct cs_wheres *ws, const struct cs_row *row, size_t first);
void cs_wheres_free(struct cs_wheres *ws);

/* The columns a command reads: the names of want[0..n) that are not NULL
 * (optional ones such as --by), in order, then the --where columns, the
 * first of which is at *iwhere (may be NULL); *ncols gets the count.
 * Caller frees the array (the names are borrowed); NULL when out of
 * memory. */
const char **cs_rows_columns(const char *const *want, size_t n, const struct cs_wheres *ws,
			     size_t *ncols, size_t *iwhere);

/* After a file is read: no data rows, or no row passing --where, is bad
 * data (exit 1, "FILE: ...").  Returns 0 or CS_EXIT_DATA with err filled. */
int cs_rows_check(const char *input, unsigned long nrows, unsigned long matched, struct cs_err *err);

struct cs_success {
	char *col;             /* owned; NULL until set */
	char *value;           /* owned; NULL = truthy/falsy */
};

/* Parse --success COL[=VALUE].  Returns 0 or an exit code with err filled. */
int cs_success_set(struct cs_success *s, const char *spec, const char *cmd, struct cs_err *err);
void cs_success_free(struct cs_success *s);

enum { CS_SUCCESS_NO = 0, CS_SUCCESS_YES = 1, CS_SUCCESS_MISSING = -1, CS_SUCCESS_BAD = -2 };
/* Classify value i of a row.  CS_SUCCESS_BAD comes with err filled
 * (exit code CS_EXIT_DATA, "FILE:LINE:FIELD: column 'c' has 'v', ..."). */
int cs_success_classify(const struct cs_success *s, const struct cs_cells *cells, const struct cs_row *row,
			size_t i, const char *input, struct cs_err *err);
/* Successes, failures and missing values of --success in one group. */
struct cs_success_counts {
	int64_t x, n, missing;
	int64_t rows;          /* the rows counted (with --count/--total, n is no number of rows) */
};
/* The rows a group's counts hold: a cs_reduce group_rows. */
int64_t cs_success_rows(const void *counts);
/* Add value i of a row to c.  Returns 0, or CS_EXIT_DATA with err filled
 * (see cs_success_classify). */
int cs_success_count(const struct cs_success *s, const struct cs_cells *cells, const struct cs_row *row, size_t i,
		     const char *input, struct cs_success_counts *c, struct cs_err *err);

/* After reading: with --success COL=VALUE and no row holding VALUE (x, the
 * successes counted, is 0), warn that VALUE may be misspelt; a share of 0
 * is printed either way. */
void cs_success_check_none(const struct cs_success *s, int64_t x, int selected);
/* The phrase for explanations, added to t: "are marked 'complained'" or
 * "have channel = 'Kaspi'". */
void cs_success_phrase(const struct cs_success *s, struct cs_text *t);

/* --success as an option: dest is a struct cs_success. */
int cs_opt_success(void *dest, const char *value, const struct cs_opt_use *u, struct cs_err *err);

#endif
