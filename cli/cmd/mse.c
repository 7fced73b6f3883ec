/* mse.c - casestat mse: multiple systems estimation, how many people no
 * list recorded, from the overlap of two to six lists.
 *
 *   casestat mse PATTERN=COUNT ...                e.g. 11=167 10=781 01=254
 *   casestat mse FILE --lists A,B,C[,...] [--count COL] [--by COL] [--where COL=VALUE]...
 *
 * Two lists: Lincoln-Petersen or Chapman; three to six: Poisson log-linear
 * models ranked by BIC or AIC; Chao's lower bound for any number.  The
 * statistics are analysis/mse.h; reading is mse_read.c, the estimates of a
 * group mse_group.c, the rows and sums mse_rows.c, the sentences
 * mse_explain.c and mse_words.c, the charts mse_chart.c. */
#include "cli/cmd/mse.h"
#include "cli/core/values.h"
#include "cli/frame/methods.h"
#include "cli/frame/reduce.h"
#include "analysis/status.h"

#include <stdlib.h>
#include <string.h>

#define AT(f) offsetof(struct mse_opts, f)

static int opt_lists(void *dest, const char *spec, const struct cs_opt_use *u, struct cs_err *err)
{
	struct cs_names *l = dest;
	int rc = cs_opt_columns(dest, spec, u, err);
	if (!rc && (l->n < 2 || l->n > CS_MSE_MAX_LISTS))
		return cs_err_usage(err, u->cmd, "invalid --lists '%s': %s; multiple systems estimation takes 2 to %d"
				    " lists", spec, l->n < 2 ? "one list" : "too many lists", CS_MSE_MAX_LISTS);
	return rc;
}

static int opt_models(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	long *n = dest;
	int64_t k;
	if (strcmp(v, "all") == 0)
		*n = 0;
	else if (cs_parse_count(v, strlen(v), 1000000000, &k) == 0 && k >= 1)
		*n = (long)k;
	else
		return cs_err_usage(err, u->cmd, "invalid --models '%s': give how many of the best models to show"
				    " (1 or more), or all", v);
	return 0;
}

static int opt_criterion(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	int *c = dest;
	if (strcmp(v, "bic") == 0) *c = CS_MSE_BIC;
	else if (strcmp(v, "aic") == 0) *c = CS_MSE_AIC;
	else return cs_err_usage(err, u->cmd, "invalid --criterion '%s': use bic or aic", v);
	return 0;
}

static int opt_method(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	struct mse_two_choice *c = dest;
	c->given = 1;
	if (strcmp(v, "all") == 0) {
		c->m = NULL;
		return 0;
	}
	if ((c->m = cs_mse2_method_find(v)) != NULL)
		return 0;
	return cs_err_unknown_method(err, u->cmd, v, CS_METHOD_TABLE(cs_mse2_methods, cs_mse2_nmethods));
}

static int opt_interval(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	const struct cs_mse_interval **m = dest;
	if ((*m = cs_mse_interval_find(v)) != NULL)
		return 0;
	return cs_err_usage(err, u->cmd, "invalid --interval '%s': use profile, lognormal or wald", v);
}

static const struct cs_opt options[] = {
	{ "lists", 0, "A,B,...", "data: yes/no columns, one per list (2 to 6); calculator: names for the lists",
	  NULL, AT(lists), opt_lists },
	{ "count", 0, "COL", "data: one row per capture pattern, its number of people in COL", NULL, AT(count),
	  cs_opt_name },
	{ "by", 0, "COL", "one estimate per value of COL (strata), then their sum", NULL, AT(by), cs_opt_name },
	CS_OPT_INCLUDE(cs_opts_where),
	{ "models", 0, "N|all", "3+ lists: show the best N models by the criterion (default 5)", "5 (3+ lists)", AT(models),
	  opt_models },
	{ "model", 0, "SPEC", "3+ lists: fit this one model, e.g. 12,13 (digits: list positions)", NULL,
	  AT(model_spec) },
	{ "criterion", 0, "NAME", "3+ lists: bic (default) or aic ranks the models", "bic (3+ lists)", AT(crit), opt_criterion },
	{ "method", 0, "NAME", "two lists: chapman (default), lincoln-petersen, or all", "chapman (2 lists)", AT(method),
	  opt_method },
	{ "interval", 0, "NAME", "profile (default), lognormal or wald", "profile", AT(interval), opt_interval },
	CS_OPT_INCLUDE(cs_opts_threads),
	CS_OPT_INCLUDE(cs_opts_analysis),
	CS_OPT_END
};

const struct cs_column cs_mse_columns[MSE_NCOLS] = {
	CS_COL_LABEL("group"), CS_COL_LABEL("model"), { "lists", CS_COL_INT, NULL, CS_ROLE_OTHER },
	CS_COL_COUNT("observed"), CS_COL_ESTIMATE("estimate", "%.1f"), CS_COL_ESTIMATE("unobserved", "%.1f"),
	CS_COL_ESTIMATE("se", "%.1f"), { "lower", CS_COL_REAL, "%.1f", CS_ROLE_LOWER },
	{ "upper", CS_COL_REAL, "%.1f", CS_ROLE_UPPER }, { "interval", CS_COL_TEXT, NULL, CS_ROLE_OTHER },
	{ "df", CS_COL_INT, NULL, CS_ROLE_OTHER }, CS_COL_ESTIMATE("deviance", "%.3f"),
	CS_COL_ESTIMATE("aic", "%.3f"), CS_COL_ESTIMATE("bic", "%.3f"), CS_COL_CONF,
};

static void init(void *vo)
{
	struct mse_opts *o = vo;
	o->interval = cs_mse_interval_default();
	o->method.m = cs_mse2_method_default();
	o->crit = -1;
	o->models = -1;
}

static void fini(void *vo)
{
	cs_names_free(&((struct mse_opts *)vo)->lists);
}

/* --model for t lists, with a message that says what is wrong. */
static int plan_model(struct mse_opts *o, struct cs_err *err)
{
	const char *s = o->model_spec;
	for (const char *p = s; *p; p++)
		if (!strchr("0123456789,[] ", *p))
			return cs_err_usage(err, "mse", "invalid --model '%s': write the model's terms as digits, list"
					    " positions, separated by commas (12,13: lists 1 and 2 related, 1 and 3 related;"
					    " 1,2,3: independent)", s);
	for (const char *p = s + strspn(s, "[ "); *p && *p != ']';) {
		size_t len = strspn(p, "0123456789");
		unsigned seen = 0;
		if (len == 0)
			return cs_err_usage(err, "mse", "invalid --model '%s': a term is empty", s);
		for (size_t i = 0; i < len; i++) {
			int k = p[i] - '0';
			if (k < 1)
				return cs_err_usage(err, "mse", "invalid --model '%s': lists are numbered from 1", s);
			if (k > o->t)
				return cs_err_usage(err, "mse", "invalid --model '%s': it names list %c, but there %s only"
						    " %d lists%s%s%s", s, p[i], o->t == 1 ? "is" : "are", o->t,
						    o->lists.n ? " (digits are positions in --lists: 1 is '" : "",
						    o->lists.n ? o->name[0] : "", o->lists.n ? "')" : "");
			if (seen & (1u << k))
				return cs_err_usage(err, "mse", "invalid --model '%s': term %.*s names list %c twice", s,
						    (int)len, p, p[i]);
			seen |= 1u << k;
		}
		if ((int)len == o->t)
			return cs_err_usage(err, "mse", "invalid --model '%s': term %.*s names all %d lists, which leaves"
					    " nothing to estimate the people on no list from (a term may hold up to %d)",
					    s, (int)len, p, o->t, o->t - 1);
		p += len;
		p += strspn(p, " ");
		if (*p == ',')
			p += 1 + strspn(p + 1, " ");
		else if (*p && *p != ']')
			return cs_err_usage(err, "mse", "invalid --model '%s': separate the terms with commas", s);
	}
	if (cs_mse_model_parse(s, o->t, &o->model) != CS_OK)
		return cs_err_usage(err, "mse", "invalid --model '%s': write the terms as digits separated by commas"
				    " (12,13 or [12,13])", s);
	o->have_model = 1;
	return 0;
}

static int plan(struct cs_job *job, struct cs_err *err)
{
	struct mse_opts *o = job->opts;
	static const char *const digits[] = { "1", "2", "3", "4", "5", "6" };
	int calc = job->noperand > 0 && cs_mse_is_pattern(job->operand[0]);
	if (calc) {
		if (o->count || o->by || job->common->where.n)
			return cs_err_usage(err, "mse", "--count, --by and --where need a FILE with --lists; PATTERN=COUNT"
					    " operands are the calculator form");
		if (cs_mse_operands(o, job->operand, job->noperand, err))
			return CS_EXIT_USAGE;
		if (o->lists.n && (int)o->lists.n != o->t)
			return cs_err_usage(err, "mse", "--lists names %zu lists but the patterns have %d digits", o->lists.n,
					    o->t);
	} else {
		if (job->noperand == 0)
			return cs_err_usage(err, "mse", "nothing to do: give people by capture pattern (e.g. 11=167 10=781"
					    " 01=254) or a FILE with --lists A,B,C");
		if (!o->lists.n)
			return cs_err_usage(err, "mse", "name the lists' columns with --lists A,B,... (2 to 6 yes/no"
					    " columns), or give PATTERN=COUNT operands");
		if (cs_plan_input(job, err))
			return CS_EXIT_USAGE;
		o->t = (int)o->lists.n;
		const char *other[2] = { o->count, o->by };
		for (int i = 0; i < 2; i++)
			if (other[i] && cs_names_find(&o->lists, other[i], strlen(other[i])) >= 0)
				return cs_err_usage(err, "mse", "column '%s' is in --lists and is also --%s", other[i],
						    i ? "by" : "count");
		if (o->count && o->by && strcmp(o->count, o->by) == 0)
			return cs_err_usage(err, "mse", "column '%s' cannot be both --count and --by", o->by);
	}
	for (int k = 0; k < o->t; k++)
		o->name[k] = o->lists.n ? o->lists.v[k] : digits[k];
	if (o->t == 2 && (o->model_spec || o->models >= 0 || o->crit >= 0))
		return cs_err_usage(err, "mse", "with two lists there is one model, the lists independent: --model,"
				    " --models and --criterion are for 3 or more lists (choose the estimator with --method)");
	if (o->t > 2 && o->method.given)
		return cs_err_usage(err, "mse", "--method chooses a two-list estimator; with %d lists the estimates come"
				    " from log-linear models (--model, --models, --criterion)", o->t);
	if (o->model_spec && o->models >= 0)
		return cs_err_usage(err, "mse", "--model fits one model and --models shows the best N: give one of them");
	if (o->model_spec && plan_model(o, err))
		return CS_EXIT_USAGE;
	if (o->crit < 0)
		o->crit = CS_MSE_BIC;
	if (calc)
		return 0;
	const char *col[CS_MSE_MAX_LISTS + 2];
	size_t n = 0;
	for (int k = 0; k < o->t; k++)
		col[n++] = o->name[k];
	if (o->count)
		col[n++] = o->count;
	col[n++] = o->by;
	return cs_plan_read(job, col, n, o->by ? (int)n - 1 : -1, err);
}

static int compute(struct cs_job *job, void *data, struct cs_result *res, struct cs_err *err)
{
	const struct mse_opts *o = job->opts;
	const struct cs_by_group *c = data;
	size_t ng = c ? c->groups.n : 1;
	struct mse_group *g = calloc(ng, sizeof *g);
	size_t *order = c ? cs_groups_sorted(&c->groups) : NULL;
	if (!g || (c && !order))
		return free(g), cs_err_set(err, CS_EXIT_ENV, "out of memory");
	int rc = 0;
	for (size_t i = 0; i < ng && !rc; i++) {
		const int64_t *y = c ? ((const struct mse_counts *)cs_groups_value(&c->groups, order[i]))->y : o->calc;
		g[i].label = o->by ? c->groups.key[order[i]] : NULL;
		for (unsigned p = 1; p < (1u << o->t); p++) {
			g[i].y[p] = (double)y[p];
			g[i].n += y[p];
			if (y[p] > (int64_t)CS_MSE_MAX_COUNT || g[i].n > (int64_t)CS_MSE_MAX_COUNT)
				g[i].too_many = 1;
		}
		if (g[i].too_many)
			rc = cs_err_at(err, CS_EXIT_DATA, c->input, 0, 0, "the counts%s%s%s add up to more than 2^53 people",
				       g[i].label ? " of '" : "", g[i].label ? g[i].label : "", g[i].label ? "'" : "");
	}
	if (!rc && o->t == 2)
		cs_note("two lists cannot show dependence between the lists: the estimate assumes that being on one"
			" list does not change the chance of being on the other, and nothing in two lists can test it");
	if (!rc)
		rc = cs_mse_rows(job, g, ng, res, err);
	free(order);
	free(g);
	return rc;
}

const struct cs_command cs_cmd_mse = {
	.name = "mse", .summary = "multiple systems estimation: how many people no list recorded",
	.options = options, .opts_size = sizeof(struct mse_opts), .init = init, .fini = fini, .in_recipes = 1,
	.columns = cs_mse_columns, .ncolumns = MSE_NCOLS,
	.plan = plan, .reduce = &cs_mse_reduce, .compute = compute, .explain = cs_mse_explain, .chart = cs_mse_chart,
	.chart_also = MSE_PATTERNS_SUFFIX,
};
