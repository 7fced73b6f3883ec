/* common.h - the options every analysis command shares (design.md
 * section 2): --conf, --format, --explain, -o/--output, --help, --plot
 * (for commands that list CS_PLOT_OPTION), --min-cell (for those that
 * list CS_MIN_CELL_OPTION; cli/suppress_out.h applies it); and the
 * step that writes a finished result table where and how they ask. */
#ifndef CS_COMMON_H
#define CS_COMMON_H

#include <stdint.h>
#include "cli/frame/args.h"
#include "cli/core/diag.h"
#include "cli/io/output.h"

enum {
	CS_OPT_HELP = 1,
	CS_OPT_CONF,
	CS_OPT_FORMAT,
	CS_OPT_EXPLAIN,
	CS_OPT_OUTPUT,
	CS_OPT_THREADS,
	CS_OPT_PROGRESS,
	CS_OPT_PLOT,
	CS_OPT_MIN_CELL,
	CS_OPT_FIRST_OWN = 100      /* commands number their own options from here */
};

#define CS_COMMON_OPTIONS \
	{ CS_OPT_CONF, "conf", 0, "C", "confidence level, 0 < C < 1 (default 0.95)", "0.95" }, \
	{ CS_OPT_FORMAT, "format", 0, "F", "table, csv, json or md (default: table on a terminal, else csv)" }, \
	{ CS_OPT_EXPLAIN, "explain", 0, NULL, "add a plain-language sentence for each row" }, \
	{ CS_OPT_OUTPUT, "output", 'o', "FILE", "write to FILE (atomically) instead of standard output" }, \
	{ CS_OPT_HELP, "help", 'h', NULL, "show this help and exit" }

/* For commands that read a file and can count it on several threads. */
#define CS_INPUT_OPTIONS \
	{ CS_OPT_THREADS, "threads", 0, "N", "threads to read a large file with (default: one per CPU)" }, \
	{ CS_OPT_PROGRESS, "progress", 0, NULL, "show reading progress on stderr even when it is not a terminal" }

/* --plot, for the commands that draw a chart: list it in their table
 * (cli/plot.h makes the files). */
#define CS_PLOT_OPTION \
	{ CS_OPT_PLOT, "plot", 0, "FILE", "write a gnuplot chart: FILE.gp, or FILE.png/.svg/.pdf (needs gnuplot)" }

/* --min-cell, for the commands that publish counts of people. */
#define CS_MIN_CELL_OPTION \
	{ CS_OPT_MIN_CELL, "min-cell", 0, "K", "hide counts from 1 to K-1 and what would reveal them (default: off)" }

struct cs_common {
	double conf;
	int format;          /* CS_FMT_*, or -1 for the default */
	int explain;
	int help;
	const char *output;  /* borrowed from argv; NULL = standard output */
	int threads;         /* --threads, 0 = one per CPU */
	const char *plot;    /* --plot FILE, borrowed; NULL = no chart */
	int64_t min_cell;    /* --min-cell K; 0 = no suppression */
};

void cs_common_init(struct cs_common *c);
/* If key is a common option, apply it: returns 1, or -1 on a usage error
 * (in err).  Returns 0 for any other key. */
int cs_common_option(struct cs_common *c, const struct cs_args *a, int key, struct cs_err *err);
/* The next option of a command that is not a common one: its key, 0 when
 * all are read, -1 on a usage error (err filled).  Common options are
 * applied to c on the way. */
int cs_common_next(struct cs_args *a, struct cs_common *c, struct cs_err *err);

/* A calculator operand X/N: whole numbers with 0 <= X <= N, 1 <= N <= 2^53.
 * A wrong one is a usage error of cmd naming the operand; file_hint ends
 * the "write X/N" message ("to read a file, add --success COL"). */
int cs_parse_fraction(const char *s, int64_t *x, int64_t *n, const char *cmd, const char *file_hint,
		      struct cs_err *err);

struct cs_prop_method;
/* --method NAME for the proportion methods: *m = the method, or NULL for
 * "all".  An unknown name is a usage error listing the names. */
int cs_prop_method_arg(const char *value, const struct cs_prop_method **m, const char *cmd,
		       struct cs_err *err);

/* The number of threads to read with: --threads, else one per online CPU
 * (at most 16). */
int cs_common_threads(const struct cs_common *c);
/* The format to use: the one asked for, else table on a terminal, csv otherwise. */
int cs_common_format(const struct cs_common *c);
/* Write t as asked (atomically to -o FILE).  Returns an exit code. */
int cs_common_emit(const struct cs_common *c, const struct cs_table *t, struct cs_err *err);

#endif
