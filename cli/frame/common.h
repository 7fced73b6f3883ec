/* common.h - the options many commands share, declared once: their
 * storage (struct cs_common) and the groups a command's option table
 * includes with CS_OPT_INCLUDE() (or CS_OPT_SECTION(), under a heading),
 * and the parse callbacks that commands use for options of their own. */
#ifndef CS_COMMON_H
#define CS_COMMON_H

#include <stddef.h>
#include <stdint.h>
#include "cli/core/diag.h"
#include "cli/frame/cells.h"
#include "cli/frame/money.h"
#include "cli/frame/options.h"
#include "cli/frame/rowsel.h"
#include "cli/io/input.h"

struct cs_common {
	double conf;
	int format;                /* CS_FMT_*, or -1 for the default */
	int explain;
	int help;
	const char *output;        /* borrowed; NULL = standard output */
	int threads;               /* 0 = one per CPU */
	int progress;              /* --progress */
	const char *plot;          /* --plot FILE, borrowed; NULL = no chart */
	int64_t min_cell;          /* 0 = no suppression */
	struct cs_wheres where;    /* owned */
	struct cs_input in;        /* --delimiter --encoding --sheet */
	struct cs_cells cells;     /* --decimal --thousands --true --false --date-format --fold */
	struct cs_amt_opts money;  /* --currency --rate --boot --seed */
};

/* The groups, by the options they hold. */
extern const struct cs_opt
	cs_opts_output[],      /* --conf --format --explain -o/--output -h/--help */
	cs_opts_file[],        /* -o/--output FILE, for commands that write a file, not a result */
	cs_opts_help[],        /* -h/--help (every command) */
	cs_opts_threads[],     /* --threads --progress, for commands that read on all CPUs */
	cs_opts_progress[],    /* --progress, for commands that read in file order */
	cs_opts_where[],       /* --where COL=VALUE (repeatable) */
	cs_opts_plot[],        /* --plot FILE */
	cs_opts_min_cell[],    /* --min-cell K */
	cs_opts_result[],      /* --plot, --min-cell and cs_opts_output: an analysis's last options */
	cs_opts_input_file[],  /* --delimiter --encoding --sheet: how a FILE is read */
	cs_opts_input[],       /* cs_opts_input_file, --decimal --thousands --true --false
				* --date-format --fold: how its cells are read (cells.h) */
	cs_opts_analysis[],    /* cs_opts_result, then cs_opts_input under a heading: the last
				* options of an analysis that reads a FILE */
	cs_opts_money[],       /* --currency --rate */
	cs_opts_boot[];        /* --boot --seed */

void cs_common_init(struct cs_common *c);
void cs_common_free(struct cs_common *c);
/* After the options are set: check how they go together and compile what
 * needs all of them (cs_cells_ready).  0 or an exit code with err filled. */
int cs_common_ready(struct cs_common *c, const char *cmd, struct cs_err *err);

/* The number of threads to read with: --threads, else one per online CPU
 * (at most 16). */
int cs_common_threads(const struct cs_common *c);
/* The format to use: the one asked for, else table on a terminal, csv otherwise. */
int cs_common_format(const struct cs_common *c);

/* Parse callbacks (cs_opt_parse_fn) for options of a command's own. */
int cs_opt_positive_real(void *dest, const char *value, const struct cs_opt_use *u, struct cs_err *err);
/* Comma-separated column names (dest: a struct cs_names), none empty,
 * none twice. */
int cs_opt_columns(void *dest, const char *value, const struct cs_opt_use *u, struct cs_err *err);
/* A name that is not empty. */
int cs_opt_name(void *dest, const char *value, const struct cs_opt_use *u, struct cs_err *err);

/* A calculator operand X/N: whole numbers with 0 <= X <= N, 1 <= N <= 2^53,
 * digits or groups of three (800/7,000 and 800/7 000 are 800/7000).
 * A wrong one is a usage error of cmd naming the operand; file_hint ends
 * the "write X/N" message ("to read a file, add --success COL"). */
int cs_parse_fraction(const char *s, int64_t *x, int64_t *n, const char *cmd, const char *file_hint,
		      struct cs_err *err);

#endif
