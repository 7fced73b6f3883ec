/* compare.c - casestat compare: two proportions, group 1 against group 2
 * (difference, ratio, odds ratio and tests).
 *
 *   casestat compare X1/N1 X2/N2
 *   casestat compare FILE --success COL[=VALUE] --by COL [--groups A,B] [--where COL=VALUE]...
 *
 * Counting streams the file on all CPUs: memory holds one record per value
 * of --by.  The sentences are in compare_explain.c, the help in
 * compare_help.c. */
#include "cli/cmd/compare.h"
#include "cli/core/numfmt.h"
#include "cli/frame/finish.h"
#include "analysis/proportion.h"
#include "analysis/status.h"
#include "plots/chart_compare.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define AT(f) offsetof(struct compare_opts, f)
#define FILE_HINT "to read a file, add --success COL and --by COL"

static const struct cs_opt options[] = {
	{ "success", 0, "COL[=VALUE]", "count rows whose COL is true (or equals VALUE)", NULL, AT(success),
	  cs_opt_success },
	{ "by", 0, "COL", "the column whose values are the two groups", NULL, AT(by) },
	{ "groups", 0, "A,B", "the two values of --by to compare, group 1 first", NULL, AT(groups) },
	CS_OPT_INCLUDE(cs_opts_where),
	{ "method", 0, "NAME[,NAME]", "methods to show (repeatable), or 'all'; see below",
	  "newcombe,koopman,exact,fisher,chisq,chisq_yates", 0, cs_compare_opt_method, CS_OPT_MULTI },
	{ "measure", 0, "LIST", "only these measures: difference, ratio, odds_ratio, test",
	  "difference,ratio,odds_ratio,test", 0, cs_compare_opt_measure, CS_OPT_MULTI },
	CS_OPT_INCLUDE(cs_opts_threads),
	CS_OPT_INCLUDE(cs_opts_analysis),
	CS_OPT_END
};

static const struct cs_column columns[] = {
	CS_COL_LABEL("measure"), CS_COLS_INTERVAL("estimate", "%.4g"),
};
#define NCOLS (sizeof columns / sizeof columns[0])

static void fini(void *vo)
{
	struct compare_opts *o = vo;
	cs_success_free(&o->success);
	free(o->name[0]);
	free(o->name[1]);
}

/* digits/digits, perhaps with a sign: the calculator form was meant */
static int looks_like_fraction(const char *s)
{
	size_t i = strspn(s, "+-"), d = strspn(s + i, "0123456789");
	return d > 0 && s[i + d] == '/' && strspn(s + i + d + 1, "+-0123456789") == strlen(s + i + d + 1);
}

static int plan(struct cs_job *job, struct cs_err *err)
{
	const struct compare_opts *o = job->opts;
	int data = o->success.col != NULL;
	if (!data && (o->by || o->groups || job->common->where.n))
		return cs_err_usage(err, "compare", "--by, --groups and --where need a FILE and --success COL");
	if (data && !o->by)
		return cs_err_usage(err, "compare", "--by COL is required with a FILE: it names the column whose"
				    " values are the groups");
	if (data && cs_plan_input(job, err))
		return CS_EXIT_USAGE;
	if (!data && job->noperand == 1 && !looks_like_fraction(job->operand[0]))
		return cs_err_usage(err, "compare", "to read '%s' as a file, add --success COL and --by COL",
				    job->operand[0]);
	if (!data && job->noperand != 2)
		return cs_err_usage(err, "compare", "give two proportions, group 1 first (e.g. 6/7 800/7000),"
				    " or a FILE with --success COL and --by COL");
	if (o->groups && !strchr(o->groups, ','))
		return cs_err_usage(err, "compare", "invalid --groups '%s': name two values separated by a comma,"
				    " group 1 first (e.g. --groups Kaspi,card)", o->groups);
	for (size_t i = 0; i < cs_cmp_nmethods; i++)
		if (((o->named >> i) & 1) && !cs_compare_measure_kept(o, cs_cmp_methods[i].measure))
			return cs_err_usage(err, "compare", "--method %s belongs to the measure %s, which --measure"
					    " leaves out", cs_cmp_methods[i].name,
					    cs_cmp_measure_name(cs_cmp_methods[i].measure));
	if (data) {
		job->match = 0;
		job->match_value = o->success.value;
		return cs_plan_read(job, (const char *[]){ o->success.col, o->by }, 2, 1, err);
	}
	return 0;
}

static int calculator(const struct cs_job *job, struct compare_opts *o, struct cs_2x2 *t, struct cs_err *err)
{
	int rc = cs_parse_fraction(job->operand[0], &t->x1, &t->n1, "compare", FILE_HINT, err);
	if (!rc)
		rc = cs_parse_fraction(job->operand[1], &t->x2, &t->n2, "compare", FILE_HINT, err);
	if (!rc && t->n1 + t->n2 > CS_PROP_MAX_N)
		rc = cs_err_usage(err, "compare", "N1 + N2 is larger than %lld", (long long)CS_PROP_MAX_N);
	if (!rc && (!(o->name[0] = strdup("group 1")) || !(o->name[1] = strdup("group 2"))))
		rc = cs_err_set(err, CS_EXIT_ENV, "out of memory");
	return rc;
}

/* A test row holds its p-value in estimate and its statistic in lower:
 * table and md say so ("p < 0.0001", "X-squared = 2.607", "df = 1"). */
static void label_test(struct cs_result *res, size_t row, const struct cs_cmp_method *m, const struct cs_cmp_result *r)
{
	char buf[64];
	if (isnan(r->estimate))
		return;
	cs_fmt_pvalue(buf, sizeof buf, r->estimate);
	cs_result_human(res, row, CMP_EST, buf);
	if (!isnan(r->lower)) {
		snprintf(buf, sizeof buf, "X-squared = %.4g", r->lower);
		cs_result_human(res, row, CMP_LO, buf);
		cs_result_human(res, row, CMP_HI, "df = 1");
	}
	(void)m;
}

static int compute(struct cs_job *job, void *data, struct cs_result *res, struct cs_err *err)
{
	struct compare_opts *o = job->opts;
	struct cs_2x2 t = { 0, 0, 0, 0 };
	int64_t missing = 0, k = job->common->min_cell;
	int rc = data ? cs_compare_pick(data, o, &t, &missing, err) : calculator(job, o, &t, err);
	if (rc)
		return rc;
	if (cs_result_init(res, columns, NCOLS, k) != 0)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	/* every measure and test rests on all four counts of the 2x2 table */
	const int64_t cell[4] = { t.x1, t.n1 - t.x1, t.x2, t.n2 - t.x2 };
	static const char *const cell_name[4] = {
		"the number of successes in group 1", "the number of failures in group 1",
		"the number of successes in group 2", "the number of failures in group 2",
	};
	for (size_t i = 0; i < cs_cmp_nmethods; i++) {
		if (!cs_compare_selected(o, i))
			continue;
		const struct cs_cmp_method *m = &cs_cmp_methods[i];
		struct compare_row d = { m, { 0 } };
		int st = cs_cmp_compute(m, &t, job->common->conf, &d.r);
		if (st != CS_OK && st != CS_EUNDEF)
			return cs_err_set(err, CS_EXIT_DATA, "cannot compute %s (%s) for %lld/%lld against %lld/%lld:"
					  " %s%s", m->name, cs_cmp_measure_name(m->measure), (long long)t.x1,
					  (long long)t.n1, (long long)t.x2, (long long)t.n2, cs_strerror(st),
					  st == CS_ERANGE ? "; counts this large are beyond exact, mid-p and fisher:"
					  " choose other methods, e.g. --method woolf,chisq" : "");
		long r = cs_result_add_row(res);
		if (r < 0)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		size_t row = (size_t)r;
		cs_result_text(res, row, CMP_MEASURE, cs_cmp_measure_name(m->measure));
		cs_result_real(res, row, CMP_EST, d.r.estimate);
		cs_result_real(res, row, CMP_LO, d.r.lower);
		cs_result_real(res, row, CMP_HI, d.r.upper);
		if (m->measure != CS_CMP_TEST)
			cs_result_real(res, row, CMP_CONF, job->common->conf);
		else
			label_test(res, row, m, &d.r);
		cs_result_method(res, row, (struct cs_method_ref){ m->name, m->title, m->reference });
		for (int c = 0; c < 4; c++)
			cs_result_count(res, row, -1, cell[c], cs_hide_why(cell[c], k), cell_name[c], 1);
		cs_result_count(res, row, -1, missing, cs_hide_why(missing, k), "the number of rows with an empty value", 0);
		cs_result_rests_on(res, row, m->measure == CS_CMP_TEST ? "the p-value and the statistic"
				   : "the estimate and its interval", NULL);
		cs_result_data(res, row, &d, sizeof d);
	}
	return 0;
}

/* ---- the chart ------------------------------------------------------- */

CS_CHART_WRITER(write_chart, cs_chart_compare_write)

/* A forest plot: one panel per measure, one row per method; the tests are
 * not drawn.  The calculator's groups are best named by their counts,
 * unless those are hidden. */
static int chart(const struct cs_job *job, const struct cs_result *res, const struct cs_chart_target *pt,
		 struct cs_err *err)
{
	const struct compare_opts *o = job->opts;
	static const enum cs_forest_kind kind[] = {
		[CS_CMP_DIFFERENCE] = CS_FOREST_DIFFERENCE, [CS_CMP_RATIO] = CS_FOREST_RATIO,
		[CS_CMP_ODDS_RATIO] = CS_FOREST_ODDS_RATIO,
	};
	struct cs_chart_forest_row *rows = calloc(res->nrows ? res->nrows : 1, sizeof *rows);
	if (!rows)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	struct cs_chart_forest_panel panels[3];
	size_t np = 0, nr = 0;
	for (int m = CS_CMP_DIFFERENCE; m <= CS_CMP_ODDS_RATIO; m++) {
		size_t first = nr;
		for (size_t r = 0; r < res->nrows; r++) {
			const struct compare_row *d = cs_result_row_data(res, r);
			if ((int)d->method->measure != m)
				continue;
			rows[nr++] = (struct cs_chart_forest_row){
				d->method->title, cs_result_num(res, r, CMP_EST), cs_result_num(res, r, CMP_LO),
				cs_result_num(res, r, CMP_HI), res->row[r].suppressed
			};
		}
		if (nr > first)
			panels[np++] = (struct cs_chart_forest_panel){ kind[m], nr - first, rows + first };
	}
	int hide = res->nrows && res->row[0].suppressed, calc = !job->input;
	int64_t v[4] = { 0, 0, 0, 0 };
	for (int c = 0; c < 4 && res->nrows; c++)
		cs_result_shown(res, 0, (size_t)c, &v[c]);
	int rc;
	if (np == 0) {
		rc = cs_err_usage(err, "compare", "--plot draws the difference, ratio or odds ratio: "
				  "the tests alone have no chart");
	} else {
		struct cs_chart_compare c = {
			NULL, calc && !hide ? job->operand[0] : o->name[0], calc && !hide ? job->operand[1] : o->name[1],
			hide ? NAN : (double)v[0], hide ? NAN : (double)(v[0] + v[1]),
			hide ? NAN : (double)v[2], hide ? NAN : (double)(v[2] + v[3]),
			job->common->conf, np, panels
		};
		rc = cs_chart_write(pt, write_chart, &c, err);
	}
	free(rows);
	return rc;
}

const struct cs_command cs_cmd_compare = {
	.name = "compare",
	.summary = "two proportions: difference, ratio, odds ratio, tests (6/7 vs 800/7000)",
	.options = options, .help_part = cs_compare_help_part, .opts_size = sizeof(struct compare_opts), .fini = fini,
	.in_recipes = 1,
	.columns = columns, .ncolumns = NCOLS,
	.plan = plan, .reduce = &cs_compare_reduce, .compute = compute, .explain = cs_compare_explain,
	.chart = chart,
};
