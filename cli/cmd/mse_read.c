/* mse_read.c - the counts of casestat mse: from a FILE with one yes/no
 * column per list (one row per person, or with --count one row per
 * capture pattern), counted per --by group on all CPUs; or from the
 * PATTERN=COUNT operands of the calculator. */
#include "cli/cmd/mse.h"
#include "cli/core/values.h"
#include "cli/frame/reduce.h"
#include "analysis/status.h"

#include <string.h>

#define MAX_COUNT ((int64_t)CS_MSE_MAX_COUNT)

static int ctx_init(void *c, const struct cs_job *job)
{
	cs_by_group_init(c, job, sizeof(struct mse_counts));
	return 0;
}

/* Sums above 2^53 stop at 2^53 + 1 whichever thread reads the rows, so
 * that compute() refuses them the same way every time. */
static void add_capped(int64_t *sum, int64_t v)
{
	*sum = *sum > MAX_COUNT - v ? MAX_COUNT + 1 : *sum + v;
}

static int on_row(void *vc, const struct cs_row *row, struct cs_err *err)
{
	struct cs_by_group *c = vc;
	const struct mse_opts *o = c->opts;
	size_t t = (size_t)o->t, ic = t, ib = t + (o->count != NULL);
	struct mse_counts *g = cs_groups_get(&c->groups, o->by ? row->value[ib] : "all", o->by ? row->len[ib] : 3);
	if (!g)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	unsigned p = 0;
	for (size_t k = 0; k < t; k++) {
		int v = 0;
		int got = cs_cell_bool(c->cells, row, k, o->name[k], c->input, &v, err);
		if (got < 0)
			return CS_EXIT_DATA;
		if (!got)
			return cs_err_cell(err, CS_EXIT_DATA, c->input, row, k,
					   "list column '%s' is empty: it is not known whether %s on list '%s';"
					   " write yes or no", o->name[k], o->count ? "these people are" : "this person is",
					   o->name[k]);
		p |= (unsigned)v << k;
	}
	int64_t n = 1;
	if (o->count) {
		int got = cs_cell_count(c->cells, row, ic, o->count, c->input, MAX_COUNT,
					"a whole number of people (0 or more)", &n, err);
		if (got < 0)
			return CS_EXIT_DATA;
		if (!got)
			return cs_err_cell(err, CS_EXIT_DATA, c->input, row, ic,
					   "count column '%s' is empty: write how many people have this capture pattern"
					   " (0 or more)", o->count);
	}
	if (p == 0 && n > 0)
		return cs_err_row(err, CS_EXIT_DATA, c->input, row,
				  "this row is on none of the lists of --lists (each of their columns says no): people"
				  " on no list are what is estimated, they cannot be counted%s",
				  o->count ? " (a row of this pattern may only have a count of 0)"
					   : "; leave such rows out (to use fewer lists than the file has, keep only the"
					     " rows on at least one of them)");
	add_capped(&g->y[p], n);
	g->rows++;
	return 0;
}

static int64_t group_rows(const void *value)
{
	return ((const struct mse_counts *)value)->rows;
}

const struct cs_reduce cs_mse_reduce = {
	sizeof(struct cs_by_group), 0, ctx_init, on_row, cs_by_group_add, cs_by_group_fini, cs_by_group_groups,
	group_rows
};

/* ---- the calculator --------------------------------------------------- */

int cs_mse_is_pattern(const char *s)
{
	size_t k = strspn(s, "01");
	return k > 0 && s[k] == '=';
}

int cs_mse_operands(struct mse_opts *o, const char *const *operand, size_t n, struct cs_err *err)
{
	const char *ex = "e.g. 11=167 10=781 01=254 for two lists";
	size_t len0 = 0;
	for (size_t i = 0; i < n; i++) {
		const char *s = operand[i], *eq = strchr(s, '=');
		size_t len = eq ? (size_t)(eq - s) : 0;
		if (!eq || strspn(s, "01") != len || len == 0)
			return cs_err_usage(err, "mse", "invalid operand '%s': write PATTERN=COUNT, one 0 or 1 per list"
					    " (%s); a FILE goes alone, with --lists", s, ex);
		if (i == 0)
			len0 = len;
		if (len < 2)
			return cs_err_usage(err, "mse", "invalid operand '%s': the pattern has one digit, so there is"
					    " one list; multiple systems estimation needs at least two lists (%s)", s, ex);
		if (len > CS_MSE_MAX_LISTS)
			return cs_err_usage(err, "mse", "invalid operand '%s': %zu lists; casestat mse takes 2 to %d",
					    s, len, CS_MSE_MAX_LISTS);
		if (len != len0)
			return cs_err_usage(err, "mse", "invalid operand '%s': the pattern has %zu digits but '%.*s' has"
					    " %zu; every pattern has one digit per list", s, len, (int)len0, operand[0],
					    len0);
		unsigned p;
		char pat[CS_MSE_MAX_LISTS + 1];
		memcpy(pat, s, len);
		pat[len] = '\0';
		if (cs_mse_pattern_parse(pat, (int)len, &p) != CS_OK)
			return cs_err_usage(err, "mse", "invalid operand '%s': pattern %s is on no list; the people no"
					    " list holds are what is estimated, they cannot be given", s, pat);
		int64_t v;
		if (cs_parse_count_grouped(eq + 1, strlen(eq + 1), MAX_COUNT, &v) != 0)
			return cs_err_usage(err, "mse", "invalid operand '%s': the count must be a whole number of"
					    " people, 0 or more (at most 2^53)", s);
		for (size_t j = 0; j < i; j++)
			if (strncmp(operand[j], pat, len) == 0 && operand[j][len] == '=')
				return cs_err_usage(err, "mse", "pattern %s is given twice ('%s' and '%s')", pat,
						    operand[j], s);
		o->calc[p] = v;
	}
	o->t = (int)len0;
	int64_t sum = 0;
	for (unsigned p = 1; p < (1u << o->t); p++) {
		if (sum > MAX_COUNT - o->calc[p])
			return cs_err_usage(err, "mse", "the counts add up to more than 2^53 people");
		sum += o->calc[p];
	}
	if (sum == 0)
		return cs_err_usage(err, "mse", "every count is 0: nobody is on any list, so there is nothing to"
				    " estimate from");
	return 0;
}
