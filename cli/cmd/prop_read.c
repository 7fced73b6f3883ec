/* prop_read.c - the data form of casestat prop: successes and totals
 * per group, counted on all CPUs, from a --success column or from
 * aggregated --count and --total columns. */
#include "cli/cmd/prop.h"
#include "cli/io/input.h"
#include "cli/core/groups.h"
#include "cli/core/values.h"
#include "cli/frame/reduce.h"


static int on_success_row(struct cs_by_group *c, const struct cs_row *row, struct cs_err *err)
{
	const struct prop_opts *o = c->opts;
	struct cs_success_counts *g = cs_by_group_get(c, row, o->by ? 1 : -1, err);
	return g ? cs_success_count(&o->success, c->cells, row, 0, c->input, g, err) : CS_EXIT_ENV;
}

/* Totals above 2^53 stop at 2^53 + 1, whichever thread reads the rows:
 * compute() reports them, so the answer never depends on --threads. */
static void add_capped(int64_t *sum, int64_t v)
{
	*sum = *sum > CS_PROP_MAX_N - v ? CS_PROP_MAX_N + 1 : *sum + v;
}

static int on_count_row(struct cs_by_group *c, const struct cs_row *row, struct cs_err *err)
{
	const struct prop_opts *o = c->opts;
	struct cs_success_counts *g = cs_by_group_get(c, row, o->label ? 2 : -1, err);
	if (!g)
		return CS_EXIT_ENV;
	g->rows++;
	int64_t x, n;
	int kx = cs_cell_count(c->cells, row, 0, o->count, c->input, CS_PROP_MAX_N, "a whole number of at least 0",
			       &x, err);
	if (kx < 0)
		return CS_EXIT_DATA;
	int kn = cs_cell_count(c->cells, row, 1, o->total, c->input, CS_PROP_MAX_N, "a whole number of at least 0",
			       &n, err);
	if (kn < 0)
		return CS_EXIT_DATA;
	if (!kx || !kn) {
		g->missing++;
		return 0;
	}
	if (x > n)
		return cs_err_row(err, CS_EXIT_DATA, c->input, row,
				 "count %lld (column '%s') is larger than total %lld (column '%s')",
				 (long long)x, o->count, (long long)n, o->total);
	add_capped(&g->x, x);
	add_capped(&g->n, n);
	return 0;
}

static int on_row(void *vc, const struct cs_row *row, struct cs_err *err)
{
	struct cs_by_group *c = vc;
	const struct prop_opts *o = c->opts;
	return o->success.col ? on_success_row(c, row, err) : on_count_row(c, row, err);
}

const struct cs_reduce cs_prop_reduce = CS_BY_GROUP_REDUCE(struct cs_by_group, 0, on_row, cs_by_group_add,
							    cs_success_rows, struct cs_success_counts);
