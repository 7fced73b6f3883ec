/* amounts.c - casestat amounts: how much money, per group.
 *
 *   casestat amounts FILE --value COL [--by COL] [--where COL=VALUE]...
 *
 * Memory holds the amounts of the value column only (cli/frame/amtread.h);
 * everything else streams.  This file says what the command takes; the
 * result and the chart are made in amounts_result.c, the sentences in
 * amounts_explain.c. */
#include "cli/cmd/amounts.h"
#include "cli/core/values.h"
#include "cli/frame/amtread.h"

#include <string.h>

#define AT(f) offsetof(struct amounts_opts, f)

static int opt_quantiles(void *dest, const char *spec, const struct cs_opt_use *u, struct cs_err *err)
{
	struct amounts_quantiles *q = dest;
	char buf[1024];
	if (strlen(spec) >= sizeof buf)
		return cs_err_usage(err, u->cmd, "--quantiles is too long");
	strcpy(buf, spec);
	q->n = 0;
	char *save = NULL;
	for (char *tok = strtok_r(buf, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		double p;
		if (q->n == AMOUNTS_MAXQ)
			return cs_err_usage(err, u->cmd, "--quantiles takes at most %d values", AMOUNTS_MAXQ);
		if (cs_parse_real(tok, &p) != 0 || !(p >= 0.0 && p <= 1.0))
			return cs_err_usage(err, u->cmd, "invalid --quantiles value '%s': give probabilities "
					    "from 0 to 1, e.g. 0.1,0.9", tok);
		q->p[q->n++] = p;
	}
	if (q->n == 0)
		return cs_err_usage(err, u->cmd, "invalid --quantiles '%s': give probabilities from 0 to 1, "
				    "e.g. 0.1,0.9", spec);
	return 0;
}

static int opt_qtype(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	const struct cs_quantile_type **t = dest;
	int64_t k;
	if (cs_parse_count(v, strlen(v), 9, &k) != 0 || !(*t = cs_quantile_type_find((int)k)))
		return cs_err_usage(err, u->cmd, "invalid --quantile-type '%s': give 1 to 9 (R's "
				    "quantile types; 7 is the default)", v);
	return 0;
}

static const struct cs_opt options[] = {
	{ "value", 0, "COL", "the column of amounts (required)", NULL, AT(value) },
	{ "by", 0, "COL", "one row per value of COL", NULL, AT(by) },
	CS_OPT_INCLUDE(cs_opts_where),
	{ "quantiles", 0, "P,P,...", "extra quantiles, e.g. 0.1,0.9 (columns p10,p90)", NULL, AT(q), opt_quantiles },
	{ "quantile-type", 0, "T", "quantile definition 1-9 as R's quantile() (default 7)", "7", AT(qtype),
	  opt_qtype },
	CS_OPT_INCLUDE(cs_opts_boot),
	CS_OPT_INCLUDE(cs_opts_money),
	/* one reading thread: the rows stay in file order */
	CS_OPT_INCLUDE(cs_opts_progress),
	CS_OPT_INCLUDE(cs_opts_analysis),
	CS_OPT_END
};

static void init(void *vo)
{
	((struct amounts_opts *)vo)->qtype = cs_quantile_type_find(CS_QUANTILE_DEFAULT_TYPE);
}


static int plan(struct cs_job *job, struct cs_err *err)
{
	const struct amounts_opts *o = job->opts;
	if (cs_plan_input(job, err))
		return CS_EXIT_USAGE;
	if (!o->value)
		return cs_err_usage(err, "amounts", "name the column of amounts with --value COL");
	return cs_plan_read(job, (const char *[]){ o->value, o->by }, 2, 1, err);
}

/* ---- reading: in file order, every amount kept --------------------- */

static int ctx_init(void *c, const struct cs_job *job)
{
	cs_amt_read_init(c, job, 1, "amounts", NULL);
	return 0;
}

static const struct cs_reduce reduce = CS_AMT_REDUCE(ctx_init);

/* The quantile definitions in --help. */
static int help_part(FILE *out, const char *name)
{
	if (strcmp(name, "quantile_types") != 0)
		return 0;
	for (size_t i = 0; i < cs_quantile_ntypes; i++)
		fprintf(out, "%s  %d  %s%s", i ? "\n" : "", cs_quantile_types[i].type, cs_quantile_types[i].title,
			cs_quantile_types[i].type == CS_QUANTILE_DEFAULT_TYPE ? " (default)" : "");
	return 1;
}

const struct cs_command cs_cmd_amounts = {
	.name = "amounts", .summary = "money amounts: total, mean, median and quantiles with intervals",
	.options = options, .help_part = help_part, .opts_size = sizeof(struct amounts_opts), .init = init,
	.in_recipes = 1,
	.plan = plan, .reduce = &reduce, .compute = cs_amounts_compute, .explain = cs_amounts_explain,
	.chart = cs_amounts_chart,
};
