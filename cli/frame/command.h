/* command.h - a command is a description, run by one driver.
 *
 * The life of an analysis command (cli/frame/driver.c):
 *
 *   parse    its option table (cli/frame/options.h) fills the command's
 *            own options struct and struct cs_common; --help prints the
 *            description and the table
 *   plan     the command checks how the options go together and picks its
 *            form: a FILE to read (job->input, job->columns), or a
 *            calculator on the operands
 *   read     for a FILE, one read-and-reduce (cli/frame/reduce.h): per-
 *            thread contexts made by .reader, --where applied, merged
 *   compute  the command fills one typed result (cli/core/result.h)
 *   finish   --min-cell hides cells of the result, then .explain writes
 *            each row's sentences from the suppressed result
 *   sinks    the writers (table, csv, json, md), .chart, and for `run`
 *            the report, run.txt and the manifest - all from that result
 *
 * Commands that are not analyses (run, verify, keygen, pseudonymize) give
 * .run instead of .plan/.compute: the driver parses their options and
 * calls it. */
#ifndef CS_COMMAND_H
#define CS_COMMAND_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "cli/core/diag.h"
#include "cli/core/groups.h"
#include "cli/core/result.h"
#include "cli/core/text.h"
#include "cli/frame/common.h"
#include "cli/frame/options.h"
#include "cli/io/chartfile.h"
#include "cli/io/dataset.h"
#include "cli/io/input.h"

struct cs_command;

/* One run of a command: its parsed options and what the plan decided. */
struct cs_job {
	const struct cs_command *cmd;
	void *opts;                    /* the command's own options (cmd->opts_size bytes) */
	struct cs_common *common;
	const char *const *operand;    /* borrowed */
	size_t noperand;
	/* set by .plan for the data form */
	const char *input;             /* FILE, or "-" */
	const char *input_name;        /* as messages name it */
	const char *columns[16];       /* the value columns to read (NULL: an optional one not asked
					* for); COL:year, :quarter, :month, :week or :day reads the
					* bucket of COL's dates (cli/frame/reduce.h) */
	size_t ncolumns;
	int label;                     /* columns[label] holds the group labels, or -1 */
	int match;                     /* columns[match] is compared with match_value (--success
					* COL=VALUE), or -1 */
	const char *match_value;
	/* after reading */
	struct cs_input_found found;   /* the separator, encoding, sheet the reader used */
	unsigned long nrows;           /* data rows of the file */
	unsigned long matched;         /* rows that passed --where */
};

/* How a command reads its FILE: a context per reading thread.  Every
 * callback may be NULL but row.  Contexts start zeroed, on cache lines of
 * their own. */
struct cs_reduce {
	size_t ctx_size;
	/* rows in file order on one thread: for sums whose last digit must
	 * not depend on --threads, and bootstraps that draw rows by position */
	int ordered;
	int (*init)(void *ctx, const struct cs_job *job);
	/* row->value[i] is job->columns[i] (the ones that are not NULL, in
	 * order); rows that fail --where never arrive */
	int (*row)(void *ctx, const struct cs_row *row, struct cs_err *err);
	/* add what `from` read into `into`; the result must not depend on how
	 * the rows were shared out */
	int (*merge)(void *into, const void *from, struct cs_err *err);
	void (*fini)(void *ctx);
	/* the groups of job->label's values in the merged context, and the rows
	 * a group's value block counted: for --fold and the warning about
	 * labels that differ only by case (NULL: the command has no groups) */
	struct cs_groups *(*groups)(void *ctx);
	int64_t (*group_rows)(const void *value);
	size_t group_size;             /* with cs_by_group_start: the bytes of a group's value */
};

struct cs_command {
	const char *name;
	const char *summary;           /* one line for casestat --help */
	const struct cs_opt *options;
	size_t opts_size;              /* the command's own options struct */
	void (*init)(void *opts);      /* its defaults (NULL: all zero) */
	void (*fini)(void *opts);      /* frees what parse callbacks allocated */
	int in_recipes;                /* may be a [section] of a recipe */
	/* --help: the prose is cli/help/<name>.txt (cli/frame/help.h) */
	const struct cs_column *columns;   /* the fixed columns, for @columns@ */
	size_t ncolumns;
	int (*help_part)(FILE *out, const char *name);   /* the command's own @parts@: 1 if known */

	/* analyses */
	int (*plan)(struct cs_job *job, struct cs_err *err);
	const struct cs_reduce *reduce;
	/* data: the merged reading context for a FILE, NULL for a calculator */
	int (*compute)(struct cs_job *job, void *data, struct cs_result *res, struct cs_err *err);
	/* the sentences of a row that nothing hides (cli/frame/finish.h) */
	void (*explain)(const struct cs_job *job, const struct cs_result *res, size_t row, struct cs_text *t);
	int (*chart)(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		     struct cs_err *err);
	/* a second figure .chart draws beside FILE.EXT, as FILE<suffix>.EXT
	 * ("_patterns"), which `run` shows in report.md after the first;
	 * NULL for none */
	const char *chart_also;

	/* other commands */
	int (*run)(struct cs_job *job, struct cs_err *err);
};

/* The data form takes one operand, FILE (or - for standard input): set
 * job->input, or return the usage error that says what is missing. */
int cs_plan_input(struct cs_job *job, struct cs_err *err);

/* Read operand 0 (after cs_plan_input): the columns col[0..n) (NULL for
 * an optional one not given), col[label] the group labels (-1: none).
 * Returns 0, or a usage error when there are more than job->columns holds. */
int cs_plan_read(struct cs_job *job, const char *const *col, size_t n, int label, struct cs_err *err);

/* The table of commands (cli/commands.c). */
extern const struct cs_command *const cs_commands[];
extern const size_t cs_ncommands;
const struct cs_command *cs_command_find(const char *name);

#endif
