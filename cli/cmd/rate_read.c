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

static int ctx_init(void *c, const struct cs_job *job)
{
	cs_by_group_init(c, job, sizeof(struct totals));
	return 0;
}

static int on_row(void *vc, const struct cs_row *row, struct cs_err *err)
{
	struct cs_by_group *c = vc;
	const struct rate_opts *o = c->opts;
	struct totals *g = cs_groups_get(&c->groups, o->by ? row->value[2] : "all", o->by ? row->len[2] : 3);
	if (!g)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (cs_is_blank(row->value[0], row->len[0]) || cs_is_blank(row->value[1], row->len[1])) {
		g->missing++;
		return 0;
	}
	int64_t x;
	double e;
	char shown[CS_MSG_TEXT], buf[128];
	if (cs_parse_count(row->value[0], row->len[0], CS_RATE_MAX_COUNT, &x) != 0)
		return cs_err_cell(err, CS_EXIT_DATA, c->input, row, 0,
				 "column '%s' has '%s', which is not a whole number of events (0 or more)",
				 o->count, cs_msg_text(shown, sizeof shown, row->value[0], row->len[0]));
	size_t len = row->len[1];
	const char *v = row->value[1];
	while (len && (*v == ' ' || *v == '\t'))
		v++, len--;
	while (len && (v[len - 1] == ' ' || v[len - 1] == '\t'))
		len--;
	if (len >= sizeof buf || (memcpy(buf, v, len), buf[len] = '\0', cs_parse_real(buf, &e) != 0) ||
	    !(e >= 0.0) || !isfinite(e))
		return cs_err_cell(err, CS_EXIT_DATA, c->input, row, 1,
				 "column '%s' has '%s', which is not an exposure (a number, 0 or more)",
				 o->exposure, cs_msg_text(shown, sizeof shown, row->value[1], row->len[1]));
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

const struct cs_reduce cs_rate_reduce = { sizeof(struct cs_by_group), 1, ctx_init, on_row, NULL, cs_by_group_fini };
