/* amtread.c - amounts per group and their bootstraps (see amtread.h). */
#include "cli/frame/amtread.h"
#include "cli/io/input.h"
#include "cli/io/progress.h"
#include "analysis/status.h"

#include <stdio.h>
#include <stdlib.h>

void cs_amt_read_init(struct cs_amt_read *r, const struct cs_job *job, size_t ncol, const char *unit,
		      const char *no_negative)
{
	r->money = &job->common->money;
	r->cells = &job->common->cells;
	r->input = job->input_name;
	r->ncol = ncol;
	for (size_t c = 0; c < ncol; c++)
		r->col[c] = job->columns[c];
	r->by = job->columns[ncol] != NULL;
	r->unit = unit;
	r->no_negative = no_negative;
	cs_groups_init(&r->groups, sizeof(struct cs_amt_group));
}

void cs_amt_read_fini(void *ctx)
{
	struct cs_amt_read *r = ctx;
	for (size_t i = 0; i < r->groups.n; i++) {
		struct cs_amt_group *g = cs_groups_value(&r->groups, i);
		for (size_t c = 0; c < CS_AMT_MAXCOL; c++)
			free(g->v[c]);
	}
	cs_groups_free(&r->groups);
}

struct cs_groups *cs_amt_read_groups(void *ctx)
{
	return &((struct cs_amt_read *)ctx)->groups;
}

int64_t cs_amt_group_rows(const void *group)
{
	const struct cs_amt_group *g = group;
	return (int64_t)g->n + g->missing;
}

/* Amount c of the row: 1 with *v, 0 when missing, -1 with err filled. */
static int read_amount(struct cs_amt_read *r, const struct cs_row *row, size_t c, int64_t *v, struct cs_err *err)
{
	int dec;
	int k = cs_amt_cell(r->cells, r->money, row, c, r->col[c], r->input, v, &dec, err);
	if (k <= 0)
		return k;
	if (*v < 0 && r->no_negative) {
		char shown[CS_MSG_TEXT];
		cs_err_cell(err, CS_EXIT_DATA, r->input, row, c,
			  "column '%s' has '%s', which is negative: %s", r->col[c],
			  cs_msg_text(shown, sizeof shown, row->value[c], row->len[c]), r->no_negative);
		return -1;
	}
	if (dec > r->decimals)
		r->decimals = dec;
	r->ndec[c][dec]++;
	return 1;
}

static int grow(struct cs_amt_group *g, size_t ncol)
{
	size_t cap = g->cap ? 2 * g->cap : 64;
	for (size_t c = 0; c < ncol; c++) {
		int64_t *nv = realloc(g->v[c], cap * sizeof *nv);
		if (!nv)
			return -1;
		g->v[c] = nv;
	}
	g->cap = cap;
	return 0;
}

int cs_amt_read_row(void *ctx, const struct cs_row *row, struct cs_err *err)
{
	struct cs_amt_read *r = ctx;
	struct cs_amt_group *g = cs_groups_get(&r->groups, r->by ? row->value[r->ncol] : "all",
					       r->by ? row->len[r->ncol] : 3);
	if (!g)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int64_t v[CS_AMT_MAXCOL];
	int have = 1;
	for (size_t c = 0; c < r->ncol; c++) {
		int k = read_amount(r, row, c, &v[c], err);
		if (k < 0)
			return CS_EXIT_DATA;
		have &= k;
	}
	if (!have) {
		g->missing++;
		return 0;
	}
	if (g->n == g->cap && grow(g, r->ncol) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory (%zu %s in one group)", g->n, r->unit);
	for (size_t c = 0; c < r->ncol; c++)
		g->v[c][g->n] = v[c];
	g->n++;
	return 0;
}

/* Amounts whose decimals are always three (1.500, 2,500) were probably
 * written with a thousands separator where the decimal separator was
 * expected: say so, since they read as numbers a thousand times smaller. */
static void check_three_decimals(const struct cs_amt_read *r)
{
	for (size_t c = 0; c < r->ncol; c++) {
		const int64_t *k = r->ndec[c];
		if (k[3] < 2 || k[1] + k[2] + k[4] > 0)
			continue;
		if (r->cells->syntax.decimal == ',')
			cs_warn("column '%s': every amount with a decimal comma has three digits after it (as in 2,500):"
				" if ',' separates thousands there, give --thousands ',' and not --decimal ','", r->col[c]);
		else
			cs_warn("column '%s': every amount with a decimal point has three digits after it (as in 1.500):"
				" if '.' separates thousands there, give --thousands '.' --decimal ','", r->col[c]);
	}
}

int cs_amt_read_each(struct cs_amt_read *r, cs_amt_group_fn fn, void *arg, struct cs_err *err)
{
	check_three_decimals(r);
	gsl_rng *rng = cs_amt_rng();
	size_t *order = cs_groups_sorted(&r->groups);
	int rc = 0;
	if (!rng || (!order && r->groups.n))
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t k = 0; !rc && k < r->groups.n; k++)
		rc = fn(arg, r->groups.key[order[k]], cs_groups_value(&r->groups, order[k]), rng, err);
	free(order);
	if (rng)
		gsl_rng_free(rng);
	return rc;
}

int cs_amt_boot(const struct cs_amt_read *r, double conf, gsl_rng *rng, const char *what, const char *label,
		cs_amt_boot_fn boot, void *arg, int *status, struct cs_err *err)
{
	const struct cs_amt_opts *m = r->money;
	*status = -1;
	if (m->boot == 0)
		return 0;
	char line[160];
	snprintf(line, sizeof line, "bootstrap of the %s%s%.100s%s", what, r->by ? " for '" : "",
		 r->by ? label : "", r->by ? "'" : "");
	struct cs_boot_progress pr;
	cs_boot_progress_start(&pr, line);
	gsl_rng_set(rng, m->seed);
	struct cs_boot b = { m->boot, conf, rng, cs_boot_progress_update, &pr };
	*status = boot(&b, arg);
	cs_boot_progress_end(&pr);
	if (*status == CS_ENOMEM)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory (%zu bootstrap resamples)", m->boot);
	if (*status != CS_OK && *status != CS_EUNDEF)
		return cs_err_set(err, CS_EXIT_DATA, "bootstrap failed for group '%s': %s", label,
				  cs_strerror(*status));
	return 0;
}
