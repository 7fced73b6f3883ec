/* moneyopts.c - options, cells, sentences and progress for the money
 * commands (see moneyopts.h). */
#include "cli/frame/moneyopts.h"
#include "cli/core/values.h"
#include "analysis/bootstrap.h"
#include "analysis/status.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

void cs_money_opts_init(struct cs_money_opts *m)
{
	memset(m, 0, sizeof *m);
	m->sep = CS_SEP_NONE;
	m->boot = CS_DEFAULT_BOOT;
	m->seed = CS_DEFAULT_SEED;
}

static int set_rate(struct cs_money_opts *m, const char *spec, const char *cmd, struct cs_err *err)
{
	const char *eq = strchr(spec, '=');
	const char *num = eq ? eq + 1 : spec;
	size_t codelen = eq ? (size_t)(eq - spec) : 3;
	const char *code = eq ? spec : "USD";
	if (codelen == 0 || codelen >= sizeof m->rate_code)
		return cs_err_usage(err, cmd, "invalid --rate '%s': the currency code has 1 to 15 letters", spec);
	for (size_t i = 0; i < codelen; i++)
		if (!isalpha((unsigned char)code[i]))
			return cs_err_usage(err, cmd, "invalid --rate '%s': the currency code has only letters (e.g. USD=460)",
					    spec);
	double r;
	if (cs_parse_real(num, &r) != 0 || !(r > 0) || !isfinite(r))
		return cs_err_usage(err, cmd, "invalid --rate '%s': give the positive number of currency units per "
				    "unit of the other currency, e.g. 460 or USD=460", spec);
	m->rate = r;
	memcpy(m->rate_code, code, codelen);
	m->rate_code[codelen] = '\0';
	m->rate_suffix[0] = '_';
	for (size_t i = 0; i < codelen; i++)
		m->rate_suffix[i + 1] = (char)tolower((unsigned char)code[i]);
	m->rate_suffix[codelen + 1] = '\0';
	return 0;
}

int cs_money_option(struct cs_money_opts *m, const struct cs_args *a, int key, struct cs_err *err)
{
	const char *v = a->value;
	switch (key) {
	case CS_OPT_THOUSANDS:
		if (strcmp(v, " ") == 0 || strcmp(v, "space") == 0)
			m->sep = CS_SEP_SPACE;
		else if (strcmp(v, ",") == 0 || strcmp(v, "comma") == 0)
			m->sep = CS_SEP_COMMA;
		else if (strcmp(v, "none") == 0 || strcmp(v, "") == 0)
			m->sep = CS_SEP_NONE;
		else {
			cs_err_usage(err, a->cmd, "invalid --thousands '%s': use ' ' (space), ',' (comma) or none", v);
			return -1;
		}
		return 1;
	case CS_OPT_CURRENCY:
		if (!v[0] || !cs_utf8_valid(v, strlen(v)) || strlen(v) > 32) {
			cs_err_usage(err, a->cmd, "invalid --currency '%s': give a short label such as KZT", v);
			return -1;
		}
		m->currency = v;
		return 1;
	case CS_OPT_RATE:
		return set_rate(m, v, a->cmd, err) ? -1 : 1;
	case CS_OPT_BOOT: {
		int64_t b;
		if (cs_parse_count(v, strlen(v), (int64_t)CS_BOOT_MAX_RESAMPLES, &b) != 0) {
			cs_err_usage(err, a->cmd, "invalid --boot '%s': give a whole number of resamples from 0 to %zu",
				     v, CS_BOOT_MAX_RESAMPLES);
			return -1;
		}
		m->boot = (size_t)b;
		return 1;
	}
	case CS_OPT_SEED: {
		int64_t s;
		/* MT19937 in GSL keeps 32 bits of the seed and takes 0 as 4357:
		 * only 1 .. 2^32 - 1 give distinct streams */
		if (cs_parse_count(v, strlen(v), INT64_C(4294967295), &s) != 0 || s == 0) {
			cs_err_usage(err, a->cmd, "invalid --seed '%s': give a whole number from 1 to 4294967295", v);
			return -1;
		}
		m->seed = (unsigned long)s;
		return 1;
	}
	}
	return 0;
}

int cs_money_cell(const struct cs_money_opts *m, const struct cs_row *row, size_t i, const char *col,
		  const char *input, int64_t *v, int *decimals, struct cs_err *err)
{
	enum cs_money_problem why;
	int st = cs_money_parse(row->value[i], row->len[i], m->sep, v, decimals, &why);
	if (st == CS_OK)
		return 1;
	if (st == CS_EUNDEF)
		return 0;
	char shown[CS_MSG_TEXT];
	cs_err_at(err, CS_EXIT_DATA, input, row->vline[i], row->vfield[i], "column '%s' has '%s', which %s",
		  col, cs_msg_text(shown, sizeof shown, row->value[i], row->len[i]), cs_money_problem_text(why));
	return -1;
}

int cs_money_show_decimals(double v, int data_decimals)
{
	if (data_decimals > 0)
		return data_decimals;
	return fabs(v) < 100 && v != floor(v) ? 2 : 0;
}

void cs_fmt_money(char *buf, size_t size, const struct cs_money_opts *m, double v, int decimals)
{
	char digits[400];
	/* printf's rounding, as in the table cells (an exact tie such as
	 * 12250.125 goes to even: 12,250.12), so sentence and table agree */
	snprintf(digits, sizeof digits, "%.*f", decimals, v);
	if (strspn(digits, "-0.") == strlen(digits) && digits[0] == '-')
		memmove(digits, digits + 1, strlen(digits));   /* no "-0" */
	const char *p = digits;
	size_t j = 0;
	if (*p == '-' && j + 1 < size)
		buf[j++] = *p++;
	size_t intlen = strcspn(p, ".");
	for (size_t i = 0; p[i] && j + 2 < size; i++) {
		if (i && i < intlen && (intlen - i) % 3 == 0)
			buf[j++] = ',';
		buf[j++] = p[i];
	}
	buf[j] = '\0';
	if (m && m->currency)
		snprintf(buf + j, size - j, " %s", m->currency);
}

gsl_rng *cs_money_rng(void)
{
	return gsl_rng_alloc(gsl_rng_mt19937);
}

static double elapsed(const struct timespec *t0)
{
	struct timespec t;
	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) + 1e-9 * (double)(t.tv_nsec - t0->tv_nsec);
}

void cs_boot_progress_start(struct cs_boot_progress *p, const char *what)
{
	memset(p, 0, sizeof *p);
	p->tty = isatty(STDERR_FILENO);
	p->what = what;
	p->last = -1;
	if (p->tty)
		clock_gettime(CLOCK_MONOTONIC, &p->start);
}

void cs_boot_progress_update(void *ctx, size_t done, size_t total)
{
	struct cs_boot_progress *p = ctx;
	if (!p || !p->tty || total == 0)
		return;
	int pct = (int)((double)done * 100.0 / (double)total);
	if (pct == p->last || (!p->shown && elapsed(&p->start) < 0.5))
		return;
	fprintf(stderr, "\r%s: %d%% (%zu of %zu resamples)", p->what, pct, done, total);
	fflush(stderr);
	p->shown = 1;
	p->last = pct;
}

void cs_boot_progress_end(struct cs_boot_progress *p)
{
	if (p->tty && p->shown) {
		fputs("\r\033[K", stderr);
		fflush(stderr);
	}
	p->shown = 0;
}
