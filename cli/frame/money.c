/* money.c - settings, cells and sentences of the money commands (see
 * money.h). */
#include "cli/frame/money.h"
#include "cli/io/input.h"
#include "cli/core/currency.h"
#include "cli/core/numfmt.h"
#include "cli/core/values.h"
#include "analysis/bootstrap.h"
#include "analysis/status.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

void cs_amt_opts_init(struct cs_amt_opts *m)
{
	memset(m, 0, sizeof *m);
	m->boot = CS_DEFAULT_BOOT;
	m->seed = CS_DEFAULT_SEED;
}

int cs_opt_rate(void *dest, const char *spec, const struct cs_opt_use *u, struct cs_err *err)
{
	struct cs_amt_opts *m = dest;
	const char *eq = strchr(spec, '=');
	const char *num = eq ? eq + 1 : spec;
	size_t codelen = eq ? (size_t)(eq - spec) : 3;
	const char *code = eq ? spec : "USD";
	if (codelen == 0 || codelen >= sizeof m->rate_code)
		return cs_err_usage(err, u->cmd, "invalid --rate '%s': the currency code has 1 to 15 letters", spec);
	for (size_t i = 0; i < codelen; i++)
		if (!isalpha((unsigned char)code[i]))
			return cs_err_usage(err, u->cmd, "invalid --rate '%s': the currency code has only letters"
					    " (e.g. USD=460)", spec);
	double r;
	if (cs_parse_real(num, &r) != 0 || !(r > 0) || !isfinite(r))
		return cs_err_usage(err, u->cmd, "invalid --rate '%s': give the positive number of currency units"
				    " per unit of the other currency, e.g. 460 or USD=460", spec);
	m->rate = r;
	memcpy(m->rate_code, code, codelen);
	m->rate_code[codelen] = '\0';
	m->rate_suffix[0] = '_';
	for (size_t i = 0; i < codelen; i++)
		m->rate_suffix[i + 1] = (char)tolower((unsigned char)code[i]);
	m->rate_suffix[codelen + 1] = '\0';
	return 0;
}

int cs_opt_currency(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	if (!v[0] || !cs_utf8_valid(v, strlen(v)) || strlen(v) > 32)
		return cs_err_usage(err, u->cmd, "invalid --currency '%s': give a short label such as KZT", v);
	*(const char **)dest = v;
	return 0;
}

int cs_opt_boot(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	int64_t b;
	if (cs_parse_count(v, strlen(v), (int64_t)CS_BOOT_MAX_RESAMPLES, &b) != 0)
		return cs_err_usage(err, u->cmd, "invalid --boot '%s': give a whole number of resamples from 0 to %zu",
				    v, CS_BOOT_MAX_RESAMPLES);
	*(size_t *)dest = (size_t)b;
	return 0;
}

int cs_opt_seed(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	int64_t s;
	/* MT19937 in GSL keeps 32 bits of the seed and takes 0 as 4357:
	 * only 1 .. 2^32 - 1 give distinct streams */
	if (cs_parse_count(v, strlen(v), INT64_C(4294967295), &s) != 0 || s == 0)
		return cs_err_usage(err, u->cmd, "invalid --seed '%s': give a whole number from 1 to 4294967295", v);
	*(unsigned long *)dest = (unsigned long)s;
	return 0;
}

static const char *sep_name(enum cs_money_sep t)
{
	return t == CS_SEP_SPACE ? "' '" : t == CS_SEP_COMMA ? "','" : "'.'";
}

/* The currency --currency names, or NULL when it is none casestat knows. */
static const struct cs_currency *own_currency(const struct cs_amt_opts *m)
{
	return m->currency ? cs_currency_find(m->currency, strlen(m->currency)) : NULL;
}

int cs_amt_cell(const struct cs_cells *cells, const struct cs_amt_opts *m, const struct cs_row *row, size_t i,
		const char *col, const char *input, int64_t *v, int *decimals, struct cs_err *err)
{
	const char *s = row->value[i];
	size_t len = row->len[i];
	enum cs_money_problem why;
	int st = cs_money_read(s, len, &cells->syntax, v, decimals, &why);
	if (st == CS_OK)
		return 1;
	if (st == CS_EUNDEF)
		return 0;
	char shown[CS_MSG_TEXT];
	cs_msg_text(shown, sizeof shown, s, len);
	/* a currency mark: taken off when it is the currency of --currency */
	char buf[256];
	size_t numlen;
	const struct cs_currency *cur = NULL;
	int cst = len < sizeof buf ? cs_currency_strip(s, len, buf, sizeof buf, &numlen, &cur) : -2;
	if (cst == 0 && cur) {
		const struct cs_currency *own = own_currency(m);
		if (own == cur) {
			st = cs_money_read(buf, numlen, &cells->syntax, v, decimals, &why);
			if (st == CS_OK)
				return 1;
		} else if (m->currency) {
			cs_err_cell(err, CS_EXIT_DATA, input, row, i, "column '%s' has '%s', an amount in %s,"
				    " but --currency is %s%s: currencies are never mixed", col, shown, cur->code,
				    m->currency, own ? "" : " (not a currency casestat knows by its signs)");
			return -1;
		} else {
			cs_err_cell(err, CS_EXIT_DATA, input, row, i, "column '%s' has '%s', an amount in %s:"
				    " if every amount is in %s, say so with --currency %s", col, shown, cur->code,
				    cur->code, cur->code);
			return -1;
		}
	} else if (cst == -1) {
		cs_err_cell(err, CS_EXIT_DATA, input, row, i, "column '%s' has '%s', which is not an amount with"
			    " one currency mark before or after it", col, shown);
		return -1;
	}
	char other[200];
	if (cs_cells_other_syntax(cells, cur ? buf : s, cur ? numlen : len, 0, other, sizeof other) > 0)
		cs_err_cell(err, CS_EXIT_DATA, input, row, i, "column '%s' has '%s', which is not an amount written with"
			    " the decimal %s and %s%s; it reads as one with %s", col, shown,
			    cells->syntax.decimal == ',' ? "comma" : "point",
			    cells->syntax.thousands == CS_SEP_NONE ? "no thousands separator" : "the thousands separator ",
			    cells->syntax.thousands == CS_SEP_NONE ? "" : sep_name(cells->syntax.thousands), other);
	else
		cs_err_cell(err, CS_EXIT_DATA, input, row, i, "column '%s' has '%s', which %s", col, shown,
			    cs_money_problem_explain(why, &cells->syntax));
	return -1;
}

int cs_amt_show_decimals(double v, int data_decimals)
{
	if (data_decimals > 0)
		return data_decimals;
	return fabs(v) < 100 && v != floor(v) ? 2 : 0;
}

void cs_amt_fmt(char *buf, size_t size, const struct cs_amt_opts *m, double v, int decimals)
{
	/* printf's rounding, as in the table cells (an exact tie such as
	 * 12250.125 goes to even: 12,250.12), so sentence and table agree */
	cs_fmt_number(buf, size, v, decimals);
	size_t j = strlen(buf);
	if (m && m->currency)
		snprintf(buf + j, size - j, " %s", m->currency);
}

gsl_rng *cs_amt_rng(void)
{
	return gsl_rng_alloc(gsl_rng_mt19937);
}
