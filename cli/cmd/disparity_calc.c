/* disparity_calc.c - the calculator form of casestat disparity: two or
 * more amounts on the command line, each optionally named; rows for each
 * step of the chain and, with three or more, the first against the last.
 * Amounts are not counts: nothing here is hidden by --min-cell. */
#include "cli/cmd/disparity.h"
#include "cli/core/values.h"
#include "analysis/status.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define MAXVALUES 26

struct named { char name[64]; int64_t v; int dec; };

static int parse_named(const char *arg, const struct cs_cells *cells, size_t k, struct named *out,
		       struct cs_err *err)
{
	const char *eq = strrchr(arg, '=');
	const char *num = eq ? eq + 1 : arg;
	if (eq) {
		size_t len = (size_t)(eq - arg);
		if (len == 0 || len >= sizeof out->name || !cs_utf8_valid(arg, len))
			return cs_err_usage(err, "disparity", "invalid name in '%s': write NAME=AMOUNT with a name "
					    "of 1 to 63 bytes", arg);
		memcpy(out->name, arg, len);
		out->name[len] = '\0';
	} else {
		snprintf(out->name, sizeof out->name, "%c", (char)('A' + k));
	}
	enum cs_money_problem why;
	int st = cs_money_read(num, strlen(num), &cells->syntax, &out->v, &out->dec, &why);
	if (st == CS_EUNDEF)
		return cs_err_usage(err, "disparity", "'%s' has no amount", arg);
	if (st != CS_OK)
		return cs_err_usage(err, "disparity", "invalid amount '%s': it %s%s", num,
				    cs_money_problem_explain(why, &cells->syntax),
				    why == CS_MONEY_NOT_NUMBER ? " (to read a file, add --a COL and --b COL)" : "");
	if (out->v < 0)
		return cs_err_usage(err, "disparity", "invalid amount '%s': amounts alleged or documented "
				    "cannot be negative", num);
	return 0;
}

/* The rows of x against y: ratio, share, gap, and the gap converted. */
static int calc_pair(const struct cs_job *job, struct cs_result *res, const struct named *x, const struct named *y,
		     struct cs_err *err)
{
	const struct cs_amt_opts *m = &job->common->money;
	char group[160];
	snprintf(group, sizeof group, "%s vs %s", x->name, y->name);
	struct disparity_row d = { .calc = 1, .decimals = x->dec > y->dec ? x->dec : y->dec,
			      .x = cs_money_to_double(x->v), .y = cs_money_to_double(y->v) };
	memcpy(d.xname, x->name, sizeof d.xname);
	memcpy(d.yname, y->name, sizeof d.yname);
	double est[CS_DISP_NMEASURES];
	cs_disparity_all(x->v, y->v, est);
	for (size_t k = 0; k < CS_DISP_NMEASURES + (m->rate > 0); k++) {
		d.measure = k < CS_DISP_NMEASURES ? (enum disparity_measure)k : DM_GAP_CONV;
		double v[4] = { k < CS_DISP_NMEASURES ? est[k] : est[CS_DISP_GAP] / m->rate, NAN, NAN, NAN };
		if (cs_disparity_put(res, job, group, &d, v, err) < 0)
			return CS_EXIT_ENV;
	}
	return 0;
}

/* Each step of the chain, then the first against the last. */
int cs_disparity_calc(const struct cs_job *job, struct cs_result *res, struct cs_err *err)
{
	struct named v[MAXVALUES];
	size_t nv = job->noperand;
	if (nv > MAXVALUES)
		return cs_err_usage(err, "disparity", "at most %d amounts", MAXVALUES);
	for (size_t k = 0; k < nv; k++) {
		int rc = parse_named(job->operand[k], &job->common->cells, k, &v[k], err);
		if (rc)
			return rc;
	}
	for (size_t k = 0; k + 1 < nv; k++) {
		int rc = calc_pair(job, res, &v[k], &v[k + 1], err);
		if (rc)
			return rc;
	}
	return nv > 2 ? calc_pair(job, res, &v[0], &v[nv - 1], err) : 0;
}
