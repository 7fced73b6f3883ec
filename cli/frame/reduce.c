/* reduce.c - read a FILE once and reduce its rows (see reduce.h). */
#include "cli/frame/reduce.h"
#include "cli/core/cachelines.h"
#include "cli/frame/rowsel.h"
#include "cli/io/input.h"

#include <stdlib.h>
#include <string.h>

/* What a reading thread needs besides the command's context.  Its counter
 * is written on every row, so each slot has cache lines of its own. */
struct slot {
	CS_THREAD_ALIGNED unsigned long matched;
	const struct cs_wheres *where;
	size_t iwhere;                 /* the first --where column among the values */
	int (*row)(void *ctx, const struct cs_row *row, struct cs_err *err);
	void *ctx;
};

static int on_row(void *vs, const struct cs_row *row, struct cs_err *err)
{
	struct slot *s = vs;
	if (!cs_where_match(s->where, row, s->iwhere))
		return 0;
	s->matched++;
	return s->row(s->ctx, row, err);
}

int cs_read_reduce(struct cs_job *job, const struct cs_reduce *r, void **data, struct cs_err *err)
{
	*data = NULL;
	int n = r->ordered ? 1 : cs_common_threads(job->common);
	size_t stride = 0;
	char *ctx = cs_thread_blocks((size_t)n, r->ctx_size, &stride);
	struct slot *slot = cs_thread_blocks((size_t)n, sizeof *slot, NULL);
	void **slotp = calloc((size_t)n, sizeof *slotp);
	size_t nc, iwhere;
	const char **cols = cs_rows_columns(job->columns, job->ncolumns, &job->common->where, &nc, &iwhere);
	int rc = 0, ready = 0;
	if (!ctx || !slot || !slotp || !cols)
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (; !rc && ready < n; ready++) {
		void *c = ctx + (size_t)ready * stride;
		slot[ready].where = &job->common->where;
		slot[ready].iwhere = iwhere;
		slot[ready].row = r->row;
		slot[ready].ctx = c;
		slotp[ready] = &slot[ready];
		if (r->init && (rc = r->init(c, job)) != 0)
			cs_err_set(err, rc, "out of memory");
	}
	unsigned long nrows = 0;
	if (!rc)
		rc = cs_input_read(job->input, &job->common->in, cols, nc, on_row, slotp, n, &nrows, &job->found, err);
	/* merge in thread order, so that the result never depends on it */
	for (int k = 1; k < ready; k++) {
		if (!rc && r->merge)
			rc = r->merge(ctx, ctx + (size_t)k * stride, err);
		slot[0].matched += slot[k].matched;
		if (r->fini)
			r->fini(ctx + (size_t)k * stride);
	}
	job->nrows = nrows;
	job->matched = ready ? slot[0].matched : 0;
	if (!rc)
		rc = cs_rows_check(job->input_name, nrows, job->matched, err);
	free(cols);
	free(slot);
	free(slotp);
	if (rc) {
		if (ready && r->fini)
			r->fini(ctx);
		free(ctx);
		return rc;
	}
	*data = ctx;
	return 0;
}

void cs_reduce_free(const struct cs_reduce *r, void *data)
{
	if (data && r->fini)
		r->fini(data);
	free(data);
}

void cs_by_group_init(struct cs_by_group *g, const struct cs_job *job, size_t value_size)
{
	g->opts = job->opts;
	g->input = job->input_name;
	g->selected = job->common->where.n > 0;
	cs_groups_init(&g->groups, value_size);
}

void cs_by_group_fini(void *ctx)
{
	cs_groups_free(&((struct cs_by_group *)ctx)->groups);
}

int cs_by_group_add(void *into, const void *from, struct cs_err *err)
{
	if (cs_groups_add_counts(&((struct cs_by_group *)into)->groups, &((const struct cs_by_group *)from)->groups))
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	return 0;
}
