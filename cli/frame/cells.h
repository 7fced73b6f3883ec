/* cells.h - how the values in a FILE's cells are read, as the user says
 * they are written: numbers with the separators of --decimal and
 * --thousands, yes and no in the words of --true and --false (English,
 * Russian and Kazakh by default), dates in a --date-format, labels
 * compared with or without letter case (--fold).  The options that set
 * them are the group cs_opts_input (cli/frame/common.h); every command
 * that reads a FILE reads its cells through these functions, so a setting
 * means the same in each.
 *
 * Each reader returns 1 for a value, 0 for a missing one (an empty cell,
 * or one of ASCII blanks only) and -1 for anything else, with err filled
 * with a message naming the file, the line or cell, the column and the
 * value, and what would read it where that can be known (a decimal comma:
 * --decimal ,; 18.06.2023: --date-format %d.%m.%Y). */
#ifndef CS_CELLS_H
#define CS_CELLS_H

#include <stddef.h>
#include <stdint.h>
#include "cli/core/dates.h"
#include "cli/core/diag.h"
#include "cli/core/words.h"
#include "cli/io/dataset.h"
#include "analysis/money.h"

struct cs_cells {
	/* as the options set them */
	char decimal;                   /* '.' (default) or ',' */
	enum cs_money_sep thousands;    /* default none */
	const char *truthy, *falsy;     /* --true, --false (comma-separated words); NULL: built in */
	const char *date_format;        /* --date-format; NULL: ISO dates */
	int fold;                       /* --fold */
	/* compiled by cs_cells_ready() */
	struct cs_money_syntax syntax;
	struct cs_bool_words words;
	struct cs_datefmt datefmt;
};

void cs_cells_init(struct cs_cells *c);
/* Check how the settings go together and compile them: --decimal ,
 * with --thousands , is a usage error, as are bad --true/--false
 * words.  Returns 0 or an exit code with err filled. */
int cs_cells_ready(struct cs_cells *c, const char *cmd, struct cs_err *err);

/* Value i of row (column col of input) as a whole number 0 <= v <= max:
 * digits, or groups of three with the --thousands separator; `what`
 * ends the message ("a whole number of events (0 or more)"). */
int cs_cell_count(const struct cs_cells *c, const struct cs_row *row, size_t i, const char *col,
		  const char *input, int64_t max, const char *what, int64_t *v, struct cs_err *err);

/* Value i as a finite number >= 0 with the --decimal separator (and the
 * --thousands one between groups of three digits). */
int cs_cell_real(const struct cs_cells *c, const struct cs_row *row, size_t i, const char *col,
		 const char *input, const char *what, double *v, struct cs_err *err);

/* Value i as yes (1) or no (0) in the words of --true and --false. */
int cs_cell_bool(const struct cs_cells *c, const struct cs_row *row, size_t i, const char *col,
		 const char *input, int *v, struct cs_err *err);

/* Value i as a date (an ISO date, or date-time, or in --date-format). */
int cs_cell_date(const struct cs_cells *c, const struct cs_row *row, size_t i, const char *col,
		 const char *input, int *y, int *m, int *d, struct cs_err *err);

/* A number on the command line (a calculator's operand), s[0..len): with
 * the --decimal separator, and digits grouped by threes with a blank or
 * with the other of ',' and '.' (1 000,5 or 1,000.5).  0 with *v, or -1. */
int cs_cells_arg_real(const struct cs_cells *c, const char *s, size_t len, double *v);

/* The other ways of writing numbers that read s[0..len) (as a whole
 * number >= 0 when whole): the options to give, in buf ("--decimal ','
 * --thousands ' '", several joined by " or with ").  Returns how many
 * there are (0: none, or buf too small). */
int cs_cells_other_syntax(const struct cs_cells *c, const char *s, size_t len, int whole, char *buf, size_t size);

/* "1, true, yes, ..." and "0, false, no, ..." for messages. */
void cs_cells_words(const struct cs_cells *c, char *yes, size_t ysize, char *no, size_t nsize);

#endif
