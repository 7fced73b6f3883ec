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
	CS_OPT_INCLUDE(cs_opts_result),
	CS_OPT_END
};

static void init(void *vo)
{
	((struct amounts_opts *)vo)->qtype = cs_quantile_type_find(CS_QUANTILE_DEFAULT_TYPE);
}

static void help_more(FILE *out)
{
	fprintf(out, "\nQuantile types (--quantile-type, Hyndman & Fan 1996, as R's quantile()):\n");
	for (size_t i = 0; i < cs_quantile_ntypes; i++)
		fprintf(out, "  %d  %s%s\n", cs_quantile_types[i].type, cs_quantile_types[i].title,
			cs_quantile_types[i].type == CS_QUANTILE_DEFAULT_TYPE ? " (default)" : "");
	fprintf(out, "\nOutput columns: group,n,missing,sum,mean,sd,min,q1,median,q3,max,\n"
		"  mean_lower,mean_upper,median_lower,median_upper,currency\n"
		"then one column pNN per --quantiles value (p10 for 0.1, p2.5 for 0.025),\n"
		"then, with --rate, every money column again converted, named with the code:\n"
		"sum_usd,mean_usd,sd_usd,min_usd,q1_usd,median_usd,q3_usd,max_usd,mean_lower_usd,\n"
		"mean_upper_usd,median_lower_usd,median_upper_usd and p10_usd ...\n"
		"and, with --min-cell, a last column suppressed (true when a value is hidden).\n"
		"\n"
		"--min-cell K: a group with 1 to K-1 amounts has n printed as <K and every\n"
		"statistic left empty (the mean, median or sum of 3 people reveals them);\n"
		"groups of K or more keep everything, sums included.  missing is hidden\n"
		"when it is from 1 to K-1.\n"
		"\n"
		"The mean interval is mean +- t(1 - alpha/2; n - 1) sd / sqrt(n).  The median\n"
		"interval is the percentile bootstrap: B resamples of the group's amounts\n"
		"(MT19937, seeded with --seed for every group, so runs repeat byte for byte).\n"
		"With one amount, sd and both intervals are empty; a group with no amounts\n"
		"has only n and missing.  Memory: 8 bytes per amount.\n");
}

static int plan(struct cs_job *job, struct cs_err *err)
{
	const struct amounts_opts *o = job->opts;
	if (cs_plan_input(job, err))
		return CS_EXIT_USAGE;
	if (!o->value)
		return cs_err_usage(err, "amounts", "name the column of amounts with --value COL");
	job->input = job->operand[0];
	job->columns[0] = o->value;
	job->columns[1] = o->by;
	job->ncolumns = 2;
	return 0;
}

/* ---- reading: in file order, every amount kept --------------------- */

static int ctx_init(void *c, const struct cs_job *job)
{
	cs_amt_read_init(c, job, 1, "amounts", NULL);
	return 0;
}

static const struct cs_reduce reduce = {
	sizeof(struct cs_amt_read), 1, ctx_init, cs_amt_read_row, NULL, cs_amt_read_fini
};

const struct cs_command cs_cmd_amounts = {
	.name = "amounts",
	.summary = "money amounts: total, mean, median and quantiles with intervals",
	.usage = "Usage: casestat amounts FILE --value COL [--by COL] [--where COL=VALUE]... [OPTIONS]\n",
	.about = "How much money: count, total, mean, spread and quantiles of a column of\n"
		 "amounts, with a t interval for the mean and a bootstrap interval for the median.\n"
		 "\n"
		 "FILE is a CSV file with a header row, or - for standard input.  Amounts are\n"
		 "decimal text: digits, an optional '.' and at most 4 decimals, an optional\n"
		 "leading '-' (23000, 16000.50, -12.5).  With --thousands ' ' or --thousands ','\n"
		 "a separator may stand between groups of three digits (23 000, 1,234,567.50;\n"
		 "' ' also accepts the no-break spaces U+00A0 and U+202F; with ',' the CSV\n"
		 "field must be quoted: \"1,234\").  Exponents (1e5), nan, inf, decimal\n"
		 "commas (12,5) and currency signs are errors naming file, line and field.\n"
		 "Empty cells are missing: counted in 'missing', left out of everything else.\n"
		 "Sums are exact to 0.0001 (integer arithmetic); amounts must lie within\n"
		 "+/-922,337,203,685,477.\n",
	.help_more = help_more,
	.examples = "  casestat amounts cases.csv --value amount --currency KZT --explain\n"
		    "  casestat amounts cases.csv --value amount --by region --quantiles 0.1,0.9\n"
		    "  casestat amounts cases.csv --value amount --thousands ' ' --rate 460\n",
	.options = options,
	.opts_size = sizeof(struct amounts_opts),
	.init = init,
	.in_recipes = 1,
	.plan = plan,
	.reduce = &reduce,
	.compute = cs_amounts_compute,
	.explain = cs_amounts_explain,
	.chart = cs_amounts_chart,
};
