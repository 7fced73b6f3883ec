/* cells.c - reading a FILE's cells as the user says they are written
 * (see cells.h). */
#include "cli/frame/cells.h"
#include "cli/core/values.h"
#include "cli/io/input.h"
#include "analysis/status.h"

#include <math.h>
#include <string.h>

void cs_cells_init(struct cs_cells *c)
{
	memset(c, 0, sizeof *c);
	c->decimal = '.';
	c->thousands = CS_SEP_NONE;
	c->syntax.decimal = '.';
	cs_bool_words_default(&c->words);
}

int cs_cells_ready(struct cs_cells *c, const char *cmd, struct cs_err *err)
{
	c->syntax.decimal = c->decimal;
	c->syntax.thousands = c->thousands;
	const char *why = cs_money_syntax_problem(&c->syntax);
	if (why)
		return cs_err_usage(err, cmd, "--decimal '%c' and --thousands '%c' cannot go together: %s", c->decimal,
				    c->thousands == CS_SEP_POINT ? '.' : c->thousands == CS_SEP_COMMA ? ',' : ' ', why);
	int rc = cs_bool_words_set(&c->words, c->truthy, c->falsy, cmd, err);
	if (rc)
		return rc;
	if (c->date_format && (rc = cs_datefmt_parse(c->date_format, &c->datefmt, cmd, err)) != 0)
		return rc;
	return 0;
}

static int bad(struct cs_err *err, const char *input, const struct cs_row *row, size_t i, const char *col,
	       const char *why, const char *more)
{
	char shown[CS_MSG_TEXT];
	cs_err_cell(err, CS_EXIT_DATA, input, row, i, "column '%s' has '%s', which %s%s", col,
		    cs_msg_text(shown, sizeof shown, row->value[i], row->len[i]), why, more ? more : "");
	return -1;
}

/* What would read a number that the settings do not: a hint for the
 * message, or NULL. */
static const char *sep_option(enum cs_money_sep t)
{
	return t == CS_SEP_SPACE ? "' '" : t == CS_SEP_COMMA ? "','" : t == CS_SEP_POINT ? "'.'" : "none";
}

int cs_cells_other_syntax(const struct cs_cells *c, const char *s, size_t len, int whole, char *buf, size_t size)
{
	static const struct cs_money_syntax cand[] = {
		{ ',', CS_SEP_NONE }, { '.', CS_SEP_COMMA }, { '.', CS_SEP_SPACE }, { ',', CS_SEP_SPACE },
		{ ',', CS_SEP_POINT }, { '.', CS_SEP_NONE },
	};
	size_t j = 0, found = 0;
	int dec_alone = 0, sep_alone = 0;   /* one option alone reads it */
	buf[0] = '\0';
	/* one option changed first; two only where neither alone reads it */
	for (int changes = 1; changes <= 2; changes++)
	for (size_t k = 0; k < sizeof cand / sizeof *cand; k++) {
		const struct cs_money_syntax *x = &cand[k];
		int dd = x->decimal != c->syntax.decimal, ds = x->thousands != c->syntax.thousands;
		int64_t v;
		/* of the pairs, the first that reads it: the thousands separator may not matter */
		if (dd + ds != changes || (changes == 2 && (dec_alone || sep_alone || found)) ||
		    cs_money_read(s, len, x, &v, NULL, NULL) != 0 || (whole && (v < 0 || v % CS_MONEY_SCALE)))
			continue;
		dec_alone |= dd && !ds;
		sep_alone |= ds && !dd;
		/* the options that differ from the settings */
		char opt[64];
		int m = 0;
		if (x->decimal != c->syntax.decimal)
			m += snprintf(opt + m, sizeof opt - (size_t)m, "--decimal '%c'", x->decimal);
		if (x->thousands != c->syntax.thousands)
			m += snprintf(opt + m, sizeof opt - (size_t)m, "%s--thousands %s", m ? " " : "",
				      sep_option(x->thousands));
		j += (size_t)snprintf(buf + j, j < size ? size - j : 0, "%s%s", found ? " or with " : "", opt);
		found++;
	}
	return j < size ? (int)found : 0;
}

static const char *number_hint(const struct cs_cells *c, const char *s, size_t len)
{
	enum cs_money_problem why = CS_MONEY_FINE;
	int64_t v;
	cs_money_read(s, len, &c->syntax, &v, NULL, &why);
	switch (why) {
	case CS_MONEY_COMMA:
		return "; with a decimal comma (12,5) add --decimal ','; with commas between thousands"
		       " (1,234,567) add --thousands ','";
	case CS_MONEY_BLANK_INSIDE:
		return "; with blanks between thousands (7 000) add --thousands ' '";
	case CS_MONEY_POINT:
		return "; with points between thousands (1.234.567) add --thousands '.'";
	case CS_MONEY_GROUPING:
		return "; a thousands separator stands only between groups of three digits (1 234 567)";
	default:
		return NULL;
	}
}

int cs_cell_count(const struct cs_cells *c, const struct cs_row *row, size_t i, const char *col,
		  const char *input, int64_t max, const char *what, int64_t *v, struct cs_err *err)
{
	const char *s = row->value[i];
	size_t len = row->len[i];
	if (cs_is_blank(s, len))
		return 0;
	if (cs_parse_count(s, len, max, v) == 0)
		return 1;
	/* with a thousands separator: an amount with no decimals */
	int64_t scaled;
	int decimals;
	if (c->thousands != CS_SEP_NONE &&
	    cs_money_read(s, len, &c->syntax, &scaled, &decimals, NULL) == CS_OK && scaled >= 0 &&
	    scaled % CS_MONEY_SCALE == 0 && scaled / CS_MONEY_SCALE <= max) {
		*v = scaled / CS_MONEY_SCALE;
		return 1;
	}
	char why[160], other[200], more[260];
	snprintf(why, sizeof why, "is not %s", what);
	if (cs_cells_other_syntax(c, s, len, 1, other, sizeof other) > 0) {
		snprintf(more, sizeof more, "; it reads as one with %s", other);
		return bad(err, input, row, i, col, why, more);
	}
	return bad(err, input, row, i, col, why, number_hint(c, s, len));
}

/* The length of the separator of groups of thousands at s (a no-break
 * space is two or three bytes), or 0. */
static size_t sep_at(const struct cs_cells *c, const char *s, const char *end)
{
	if (c->thousands == CS_SEP_COMMA)
		return *s == ',';
	if (c->thousands == CS_SEP_POINT)
		return *s == '.';
	if (*s == ' ')
		return 1;
	if (end - s >= 2 && memcmp(s, "\xC2\xA0", 2) == 0)
		return 2;
	return end - s >= 3 && memcmp(s, "\xE2\x80\xAF", 3) == 0 ? 3 : 0;
}

/* s without the separators that stand between a digit and a group of
 * exactly three digits, in buf: its length, or 0 when it does not fit or
 * a separator stands anywhere else (then the number is not grouped by
 * threes and stays an error). */
static size_t ungroup(const struct cs_cells *c, const char *s, size_t len, char *buf, size_t size)
{
	const char *end = s + len;
	size_t j = 0;
	int after_point = 0;
	for (const char *p = s; p < end;) {
		size_t k = after_point ? 0 : sep_at(c, p, end);
		if (k) {
			const char *q = p + k;
			int ok = p > s && p[-1] >= '0' && p[-1] <= '9' && end - q >= 3;
			for (int d = 0; ok && d < 3; d++)
				ok = q[d] >= '0' && q[d] <= '9';
			if (!ok || (end - q > 3 && q[3] >= '0' && q[3] <= '9'))
				return 0;
			p = q;
			continue;
		}
		if (*p == c->decimal)
			after_point = 1;
		if (j + 1 >= size)
			return 0;
		buf[j++] = *p++;
	}
	return j;
}

int cs_cell_real(const struct cs_cells *c, const struct cs_row *row, size_t i, const char *col,
		 const char *input, const char *what, double *v, struct cs_err *err)
{
	const char *s = row->value[i];
	size_t len = row->len[i];
	if (cs_is_blank(s, len))
		return 0;
	while (len && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	double x = NAN;
	int ok = cs_parse_real_as(s, len, c->decimal, &x) == 0;
	char buf[128];
	size_t n;
	if (!ok && c->thousands != CS_SEP_NONE && (n = ungroup(c, s, len, buf, sizeof buf)) > 0)
		ok = cs_parse_real_as(buf, n, c->decimal, &x) == 0;
	if (ok && x >= 0.0 && isfinite(x)) {
		*v = x == 0.0 ? 0.0 : x;     /* -0 is 0 */
		return 1;
	}
	char why[160], other[200], more[260];
	snprintf(why, sizeof why, "is not %s", what);
	if (!ok && cs_cells_other_syntax(c, s, len, 0, other, sizeof other) > 0) {
		snprintf(more, sizeof more, "; it reads as one with %s", other);
		return bad(err, input, row, i, col, why, more);
	}
	return bad(err, input, row, i, col, why, ok ? NULL : number_hint(c, s, len));
}

int cs_cells_arg_real(const struct cs_cells *c, const char *s, size_t len, double *v)
{
	if (cs_parse_real_as(s, len, c->decimal, v) == 0)
		return isfinite(*v) ? 0 : -1;
	const enum cs_money_sep seps[2] = { CS_SEP_SPACE, c->decimal == ',' ? CS_SEP_POINT : CS_SEP_COMMA };
	for (int k = 0; k < 2; k++) {
		struct cs_money_syntax syn = { c->decimal, seps[k] };
		int64_t scaled;
		if (cs_money_read(s, len, &syn, &scaled, NULL, NULL) == CS_OK) {
			*v = cs_money_to_double(scaled);
			return 0;
		}
	}
	return -1;
}

void cs_cells_words(const struct cs_cells *c, char *yes, size_t ysize, char *no, size_t nsize)
{
	cs_bool_words_list(&c->words, 1, yes, ysize);
	cs_bool_words_list(&c->words, 0, no, nsize);
}

/* The message for a cell that is not a true/false word: a function of its
 * own, so that reading a good cell sets up none of its buffers. */
static __attribute__((noinline)) int not_bool(const struct cs_cells *c, const struct cs_row *row, size_t i,
					      const char *col, const char *input, struct cs_err *err)
{
	char yes[160], no[160], why[400];
	cs_cells_words(c, yes, sizeof yes, no, sizeof no);
	snprintf(why, sizeof why, "is neither true (%s) nor false (%s)", yes, no);
	return bad(err, input, row, i, col, why, c->truthy || c->falsy ? NULL
		   : "; name the words with --true and --false");
}

int cs_cell_bool(const struct cs_cells *c, const struct cs_row *row, size_t i, const char *col,
		 const char *input, int *v, struct cs_err *err)
{
	int b = cs_bool_words_parse(&c->words, row->value[i], row->len[i]);
	if (b >= 0) {
		*v = b;
		return 1;
	}
	return b == -1 ? 0 : not_bool(c, row, i, col, input, err);
}

/* Does s read as a date both day first and month first (06/07/2023)?
 * *sep gets the separator. */
static int ambiguous(const char *s, size_t len, char *sep, char *year)
{
	static const char seps[] = "./-";
	for (const char *p = seps; *p; p++)
	for (const char *yy = "Yy"; *yy; yy++) {
		char dm[16], md[16];
		snprintf(dm, sizeof dm, "%%d%c%%m%c%%%c", *p, *p, *yy);
		snprintf(md, sizeof md, "%%m%c%%d%c%%%c", *p, *p, *yy);
		struct cs_datefmt a, b;
		struct cs_err e;
		int y, m, d;
		if (cs_datefmt_parse(dm, &a, NULL, &e) == 0 && cs_datefmt_parse(md, &b, NULL, &e) == 0 &&
		    cs_date_read(&a, s, len, &y, &m, &d) == CS_DATE_OK &&
		    cs_date_read(&b, s, len, &y, &m, &d) == CS_DATE_OK) {
			*sep = *p;
			*year = *yy;
			return 1;
		}
	}
	return 0;
}

int cs_cell_date(const struct cs_cells *c, const struct cs_row *row, size_t i, const char *col,
		 const char *input, int *y, int *m, int *d, struct cs_err *err)
{
	const char *s = row->value[i];
	size_t len = row->len[i];
	if (cs_is_blank(s, len))
		return 0;
	int st = cs_date_read(c->date_format ? &c->datefmt : NULL, s, len, y, m, d);
	if (st == CS_DATE_OK)
		return 1;
	if (st == CS_DATE_NO_SUCH_DAY)
		return bad(err, input, row, i, col, "is not a day of the calendar", NULL);
	if (st == CS_DATE_NO_SUCH_TIME)
		return bad(err, input, row, i, col, "has a time of day that does not exist", NULL);
	char why[200], more[200], sep = '/', year = 'Y';
	if (c->date_format)
		snprintf(why, sizeof why, "is not a date in the form %s", c->date_format);
	else
		snprintf(why, sizeof why, "is not a date in the form YYYY-MM-DD (e.g. 2023-07-09)");
	const char *fmt = cs_date_suggest(s, len);
	more[0] = '\0';
	if (fmt && (!c->date_format || strcmp(fmt, c->date_format) != 0))
		snprintf(more, sizeof more, "; it reads as a date with --date-format '%s'", fmt);
	else if (!fmt && ambiguous(s, len, &sep, &year))
		snprintf(more, sizeof more, "; it could be day%cmonth or month%cday: say which with --date-format "
			 "'%%d%c%%m%c%%%c' or '%%m%c%%d%c%%%c'", sep, sep, sep, sep, year, sep, sep, year);
	else if (!fmt && !c->date_format)
		snprintf(more, sizeof more, "; for other forms give --date-format (e.g. '%%d.%%m.%%Y')");
	return bad(err, input, row, i, col, why, more);
}
