/* funnel_read.c - the data form of casestat funnel: how many rows reach
 * each stage, read on all CPUs.  Memory holds one count per stage. */
#include "cli/cmd/funnel.h"
#include "cli/io/input.h"
#include "cli/core/cachelines.h"
#include "cli/core/values.h"

#include <stdlib.h>
#include <string.h>

struct reading {
	const struct funnel_opts *o;
	const struct cs_cells *cells;
	const char *name;
	size_t nst;             /* stages read from columns: base? + stages */
	const char **col;       /* their column names (owned array, borrowed names) */
	int64_t *count;         /* per stage, [0] = all rows; on cache lines of its own */
};

static int ctx_init(void *vc, const struct cs_job *job)
{
	struct reading *c = vc;
	const struct funnel_opts *o = job->opts;
	c->o = o;
	c->cells = &job->common->cells;
	c->name = job->input_name;
	c->nst = o->stage.n + (o->base != NULL);
	c->col = calloc(c->nst, sizeof *c->col);
	c->count = cs_thread_blocks(1, (c->nst + 1) * sizeof *c->count, NULL);
	if (!c->col || !c->count)
		return CS_EXIT_ENV;
	size_t k = 0;
	if (o->base)
		c->col[k++] = o->base;
	for (size_t i = 0; i < o->stage.n; i++)
		c->col[k++] = o->stage.v[i];
	return 0;
}

static void ctx_fini(void *vc)
{
	struct reading *c = vc;
	free(c->col);
	free(c->count);
}

static int ctx_merge(void *vinto, const void *vfrom, struct cs_err *err)
{
	(void)err;
	struct reading *a = vinto;
	const struct reading *b = vfrom;
	for (size_t j = 0; j <= a->nst; j++)
		a->count[j] += b->count[j];
	return 0;
}

static int on_row(void *vc, const struct cs_row *row, struct cs_err *err)
{
	struct reading *c = vc;
	int in_prev = 1;
	c->count[0]++;
	for (size_t k = 0; k < c->nst; k++) {
		const char *prev = k ? c->col[k - 1] : CS_FUNNEL_ALL_ROWS;
		int v = 0;
		int got = cs_cell_bool(c->cells, row, k, c->col[k], c->name, &v, err);
		if (got < 0)
			return CS_EXIT_DATA;
		if (!got) {
			if (in_prev)
				return cs_err_cell(err, CS_EXIT_DATA, c->name, row, k,
						 "column '%s' is empty in a row that is in stage '%s':"
						 " it is not known whether this row reached '%s'",
						 c->col[k], prev, c->col[k]);
			v = 0;
		}
		if (v && !in_prev)
			return cs_err_row(err, CS_EXIT_DATA, c->name, row,
					 "this row is in stage '%s' but not in the stage before it, '%s':"
					 " stages must be nested", c->col[k], prev);
		c->count[k + 1] += v;
		in_prev = v;
	}
	return 0;
}

const struct cs_reduce cs_funnel_reduce = {
	sizeof(struct reading), 0, ctx_init, on_row, ctx_merge, ctx_fini
};

int cs_funnel_stages(const void *data, struct funnel_opts *o, struct cs_err *err)
{
	const struct reading *c = data;
	struct cs_named_list *s = &o->stages;
	s->item = calloc(c->nst + 1, sizeof *s->item);
	if (!s->item)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	/* the stages: all rows (unless --base), then each column */
	o->all_rows = !o->base;
	for (size_t k = o->base ? 1 : 0; k <= c->nst; k++) {
		if (!(s->item[s->n].name = strdup(k ? c->col[k - 1] : CS_FUNNEL_ALL_ROWS)))
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		s->item[s->n++].count = c->count[k];
	}
	return 0;
}
