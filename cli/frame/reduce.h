/* reduce.h - read a FILE once and reduce its rows: the one place where
 * commands meet the readers, the threads and the progress line.
 *
 * The command says what to read (job->columns, set by its plan) and how to
 * reduce (struct cs_reduce in cli/frame/command.h: a context per reading
 * thread, a row callback, a merge).  cs_read_reduce() asks for the
 * columns and the --where columns after them, applies --where and counts
 * the rows that pass it, runs the row callback on as many threads as
 * --threads allows (one for an ordered reduction), merges the contexts in
 * thread order and checks that rows were read and matched.
 *
 * Before the command sees a row, values are made what the options say:
 * a derived key COL:year|quarter|month|week|day (in job->columns or a
 * --where) becomes the bucket of COL's date ("2023-Q2"; a missing date an
 * empty value; a cell that is no date an error); with --fold, a --where
 * holds when its VALUE and the cell are the same after folding, the
 * --success VALUE column (job->match) reads VALUE for cells that fold to
 * it, and the group labels (job->label) are folded, then given back the
 * spelling most of their rows have (cli/frame/labels.h).  Without --fold,
 * cells and labels that differ from each other only by letter case or
 * blanks are named in a warning.  Rows that need none of this reach the
 * command as the reader gives them. */
#ifndef CS_REDUCE_H
#define CS_REDUCE_H

#include "cli/core/diag.h"
#include "cli/core/groups.h"
#include "cli/frame/command.h"

/* Read job->input; *data receives the merged context (free it with
 * cs_reduce_free()).  Sets job->nrows and job->matched.  Returns 0 or an
 * exit code with err filled. */
int cs_read_reduce(struct cs_job *job, const struct cs_reduce *r, void **data, struct cs_err *err);
void cs_reduce_free(const struct cs_reduce *r, void *data);

/* The start of the reading context of a command that counts rows per
 * group (by the value of a column): its options, how cells are read, the input's name for
 * messages, whether --where chose the rows, and the groups, each with a
 * zeroed block of value_size bytes. */
struct cs_by_group {
	const void *opts;
	const struct cs_cells *cells;
	const char *input;
	int selected;
	struct cs_groups groups;
};
void cs_by_group_init(struct cs_by_group *g, const struct cs_job *job, size_t value_size);
/* The value block of the row's group: the label in row value i, or "all"
 * for i < 0.  NULL with err set when out of memory. */
void *cs_by_group_get(struct cs_by_group *g, const struct cs_row *row, long i, struct cs_err *err);
/* A cs_reduce init for a context that starts with a struct cs_by_group
 * whose groups hold job->cmd->reduce->group_size bytes each. */
int cs_by_group_start(void *ctx, const struct cs_job *job);
/* The struct cs_reduce of a context of type ctx_type that starts with a
 * struct cs_by_group of value_type values. */
#define CS_BY_GROUP_REDUCE(ctx_type, ordered, row, merge, rows, value_type) \
	{ sizeof(ctx_type), (ordered), cs_by_group_start, (row), (merge), cs_by_group_fini, cs_by_group_groups, \
	  (rows), sizeof(value_type) }
/* A cs_reduce fini for a context that starts with a struct cs_by_group. */
void cs_by_group_fini(void *ctx);
/* A cs_reduce merge for groups whose values are int64_t counts. */
int cs_by_group_add(void *into, const void *from, struct cs_err *err);
/* A cs_reduce groups for a context that starts with a struct cs_by_group. */
struct cs_groups *cs_by_group_groups(void *ctx);

#endif
