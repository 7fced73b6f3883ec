/* rate_read.c - the data form of casestat rate: events and exposure
 * added up per group, in file order (exposures are decimal sums: the
 * order of the additions must not change the last digit). */
#include "cli/cmd/rate.h"
#include "cli/io/input.h"
#include "cli/core/groups.h"
#include "cli/core/values.h"
#include "cli/frame/reduce.h"
#include "analysis/rate.h"

#include <math.h>
#include <string.h>

static int on_row(void *vc, const struct cs_row *row, struct cs_err *err)
{
	struct cs_by_group *c = vc;
	const struct rate_opts *o = c->opts;
	struct totals *g = cs_by_group_get(c, row, o->by ? 2 : -1, err);
	if (!g)
		return CS_EXIT_ENV;
	g->rows++;
	int64_t x;
	double e;
	int kx = cs_cell_count(c->cells, row, 0, o->count, c->input, CS_RATE_MAX_COUNT,
			       "a whole number of events (0 or more)", &x, err);
	if (kx < 0)
		return CS_EXIT_DATA;
	int ke = cs_cell_real(c->cells, row, 1, o->exposure, c->input, "an exposure (a number, 0 or more)", &e, err);
	if (ke < 0)
		return CS_EXIT_DATA;
	if (!kx || !ke) {
		g->missing++;
		return 0;
	}
	if (g->x > CS_RATE_MAX_COUNT - x)
		return cs_err_row(err, CS_EXIT_DATA, c->input, row,
				 "the counts add up to more than %lld", (long long)CS_RATE_MAX_COUNT);
	g->x += x;
	/* Neumaier's compensated sum: decimal exposures add up without drift */
	double s = g->e + e;
	g->ec += fabs(g->e) >= fabs(e) ? (g->e - s) + e : (e - s) + g->e;
	g->e = s;
	return 0;
}

static int64_t group_rows(const void *value)
{
	return ((const struct totals *)value)->rows;
}

const struct cs_reduce cs_rate_reduce = CS_BY_GROUP_REDUCE(struct cs_by_group, 1, on_row, NULL, group_rows,
							    struct totals);
