/* money.c - exact decimal amounts (see money.h). */
#include "money.h"
#include "status.h"

#include <string.h>

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_blank(char c)
{
	return c == ' ' || c == '\t';
}

/* The length of a space-like separator at s (ASCII blank, U+00A0 or
 * U+202F in UTF-8), or 0. */
static size_t space_len(const char *s, const char *end)
{
	const unsigned char *u = (const unsigned char *)s;
	if (s < end && is_blank(*s))
		return 1;
	if (end - s >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (end - s >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF)
		return 3;
	return 0;
}

static int fail(enum cs_money_problem p, enum cs_money_problem *why)
{
	if (why)
		*why = p;
	switch (p) {
	case CS_MONEY_FINE: return CS_OK;
	case CS_MONEY_MISSING: return CS_EUNDEF;
	case CS_MONEY_TOO_LARGE: return CS_ERANGE;
	default: return CS_EDOM;
	}
}

/* After the digits: classify what is left so the message can say why
 * (dec is the decimal separator). */
static enum cs_money_problem classify_rest(const char *p, const char *end, char dec)
{
	if (p < end && (*p == 'e' || *p == 'E') && p + 1 < end &&
	    (is_digit(p[1]) || ((p[1] == '+' || p[1] == '-') && p + 2 < end && is_digit(p[2]))))
		return CS_MONEY_EXPONENT;
	if (p < end && *p == dec)
		return CS_MONEY_POINTS;
	if (p < end && *p == ',')
		return CS_MONEY_COMMA;
	if (p < end && *p == '.')
		return CS_MONEY_POINT;
	if (space_len(p, end)) {
		const char *q = p + space_len(p, end);
		while (q < end && space_len(q, end))
			q += space_len(q, end);
		if (q < end && is_digit(*q))
			return CS_MONEY_BLANK_INSIDE;
	}
	return CS_MONEY_NOT_NUMBER;
}

const char *cs_money_syntax_problem(const struct cs_money_syntax *syn)
{
	if (syn->decimal != '.' && syn->decimal != ',')
		return "the decimal separator is '.' or ','";
	if (syn->decimal == ',' && syn->thousands == CS_SEP_COMMA)
		return "the decimal separator and the thousands separator are both ','";
	if (syn->decimal == '.' && syn->thousands == CS_SEP_POINT)
		return "the decimal separator and the thousands separator are both '.'";
	return NULL;
}

int cs_money_parse(const char *s, size_t len, enum cs_money_sep sep, int64_t *v,
		   int *decimals, enum cs_money_problem *why)
{
	const struct cs_money_syntax syn = { '.', sep };
	return cs_money_read(s, len, &syn, v, decimals, why);
}

int cs_money_read(const char *s, size_t len, const struct cs_money_syntax *syn, int64_t *v,
		  int *decimals, enum cs_money_problem *why)
{
	if (cs_money_syntax_problem(syn))
		return fail(CS_MONEY_NOT_NUMBER, why);
	const enum cs_money_sep sep = syn->thousands;
	const char dec = syn->decimal;
	const char *p = s, *end = s + len;
	while (p < end && is_blank(*p)) p++;
	while (end > p && is_blank(end[-1])) end--;
	if (p == end)
		return fail(CS_MONEY_MISSING, why);

	int neg = 0;
	if (*p == '+' || *p == '-') {
		neg = *p == '-';
		p++;
	}
	if (p == end || !is_digit(*p))
		return fail(CS_MONEY_NOT_NUMBER, why);

	/* the whole units, with optional separators between groups of three */
	uint64_t units = 0;
	int too_large = 0, groups = 0;
	size_t group_len = 0;
	while (p < end) {
		if (is_digit(*p)) {
			uint64_t d = (uint64_t)(*p - '0');
			if (units > ((uint64_t)CS_MONEY_MAX_UNITS - d) / 10)
				too_large = 1;
			else
				units = units * 10 + d;
			group_len++;
			p++;
			continue;
		}
		size_t sl = 0;
		if ((sep == CS_SEP_COMMA && *p == ',') || (sep == CS_SEP_POINT && *p == '.'))
			sl = 1;
		else if (sep == CS_SEP_SPACE)
			sl = space_len(p, end);
		if (sl == 0)
			break;
		/* a separator: the group before it has 1-3 digits (the first) or
		 * exactly 3, and three digits follow */
		if (group_len == 0 || group_len > 3 || (groups > 0 && group_len != 3))
			return fail(CS_MONEY_GROUPING, why);
		p += sl;
		if (end - p < 3 || !is_digit(p[0]) || !is_digit(p[1]) || !is_digit(p[2]) ||
		    (end - p > 3 && is_digit(p[3])))
			return fail(CS_MONEY_GROUPING, why);
		groups++;
		group_len = 0;
	}
	if (groups > 0 && group_len != 3)
		return fail(CS_MONEY_GROUPING, why);

	/* the decimals */
	int64_t frac = 0;
	int ndec = 0;
	if (p < end && *p == dec) {
		p++;
		if (p == end || !is_digit(*p))
			return fail(p < end && *p == dec ? CS_MONEY_POINTS : CS_MONEY_NOT_NUMBER, why);
		int written = 0;
		while (p < end && is_digit(*p)) {
			written++;
			if (written <= CS_MONEY_DECIMALS) {
				frac = frac * 10 + (*p - '0');
			} else if (*p != '0') {
				/* keep scanning so 1.23456.7 reports the second point */
				const char *q = p;
				while (q < end && is_digit(*q)) q++;
				if (q < end && *q == dec)
					return fail(CS_MONEY_POINTS, why);
				if (q == end)
					return fail(CS_MONEY_DECIMALS_MANY, why);
				return fail(classify_rest(q, end, dec), why);
			}
			p++;
		}
		ndec = written < CS_MONEY_DECIMALS ? written : CS_MONEY_DECIMALS;
		for (int k = written; k < CS_MONEY_DECIMALS; k++)
			frac *= 10;
	}
	if (p != end)
		return fail(classify_rest(p, end, dec), why);
	if (too_large)
		return fail(CS_MONEY_TOO_LARGE, why);

	/* units <= CS_MONEY_MAX_UNITS, so units * 10^4 + frac may still pass
	 * INT64_MAX by the fraction: check it exactly */
	uint64_t scaled = units * (uint64_t)CS_MONEY_SCALE;
	if (scaled > (uint64_t)INT64_MAX - (uint64_t)frac)
		return fail(CS_MONEY_TOO_LARGE, why);
	scaled += (uint64_t)frac;
	*v = neg ? -(int64_t)scaled : (int64_t)scaled;
	if (decimals)
		*decimals = ndec;
	return fail(CS_MONEY_FINE, why);
}

const char *cs_money_problem_text(enum cs_money_problem why)
{
	switch (why) {
	case CS_MONEY_FINE:
		return "is a valid amount";
	case CS_MONEY_MISSING:
		return "is empty";
	case CS_MONEY_NOT_NUMBER:
		return "is not a plain amount: write digits with an optional '.' and at most 4 "
		       "decimals (e.g. 16000.50, 0.5, -12.5), without currency signs";
	case CS_MONEY_EXPONENT:
		return "uses exponent notation; write the digits out (100000, not 1e5)";
	case CS_MONEY_COMMA:
		return "has a comma: with a decimal comma (12,5) add --decimal ','; with commas "
		       "between thousands (1,234,567) add --thousands ','";
	case CS_MONEY_BLANK_INSIDE:
		return "has a blank inside the number; for thousands groups like '23 000' add "
		       "--thousands ' '";
	case CS_MONEY_GROUPING:
		return "has a thousands separator in the wrong place: it must separate groups of "
		       "three digits before the decimal point (1,234,567.50)";
	case CS_MONEY_POINTS:
		return "has more than one decimal point";
	case CS_MONEY_DECIMALS_MANY:
		return "has more than 4 decimals; amounts are kept to 0.0001";
	case CS_MONEY_TOO_LARGE:
		return "is too large: amounts must lie within +/-922,337,203,685,477";
	case CS_MONEY_POINT:
		return "has a '.': ',' is the decimal separator (12,5, not 12.5); for thousands "
		       "separators such as 1.234.567,50 add --thousands '.'";
	}
	return "is not an amount";
}

const char *cs_money_problem_explain(enum cs_money_problem why, const struct cs_money_syntax *syn)
{
	if (syn->decimal != ',')
		return cs_money_problem_text(why);
	switch (why) {
	case CS_MONEY_NOT_NUMBER:
		return "is not a plain amount: write digits with an optional ',' and at most 4 "
		       "decimals (e.g. 16000,50, 0,5, -12,5), without currency signs";
	case CS_MONEY_COMMA:          /* not reached: ',' is the decimal separator */
		return "has a comma in the wrong place";
	case CS_MONEY_BLANK_INSIDE:
		return "has a blank inside the number; for thousands groups like '23 000,50' add "
		       "--thousands ' '";
	case CS_MONEY_GROUPING:
		return "has a thousands separator in the wrong place: it must separate groups of "
		       "three digits before the decimal comma (1 234 567,50)";
	case CS_MONEY_POINTS:
		return "has more than one decimal comma";
	default:
		return cs_money_problem_text(why);
	}
}

int cs_money_add(cs_money_wide *sum, int64_t v)
{
	cs_money_wide r;
	if (__builtin_add_overflow(*sum, (cs_money_wide)v, &r))
		return CS_ERANGE;
	*sum = r;
	return CS_OK;
}

double cs_money_to_double(int64_t v)
{
	return (double)v / (double)CS_MONEY_SCALE;
}

double cs_money_wide_to_double(cs_money_wide v)
{
	if (v >= -((cs_money_wide)1 << 53) && v <= ((cs_money_wide)1 << 53))
		return (double)(int64_t)v / (double)CS_MONEY_SCALE;
	/* whole units and the remainder, each exact in a long double */
	cs_money_wide q = v / CS_MONEY_SCALE, r = v % CS_MONEY_SCALE;
	return (double)((long double)q + (long double)(int64_t)r / (long double)CS_MONEY_SCALE);
}

int cs_money_format(char *buf, size_t size, cs_money_wide v, int decimals, char thousands)
{
	if (decimals < 0)
		decimals = 0;
	if (decimals > CS_MONEY_DECIMALS)
		decimals = CS_MONEY_DECIMALS;
	int neg = v < 0;
	/* magnitude as unsigned 128 bits: exact even for the most negative value */
	unsigned __int128 m = neg ? (unsigned __int128)0 - (unsigned __int128)v : (unsigned __int128)v;
	/* round to the decimals asked for, half away from zero */
	unsigned __int128 unit = 1;
	for (int k = decimals; k < CS_MONEY_DECIMALS; k++)
		unit *= 10;
	if (unit > 1) {
		unsigned __int128 rem = m % unit;
		m -= rem;
		if (2 * rem >= unit)
			m += unit;
	}
	unsigned __int128 whole = m / (unsigned __int128)CS_MONEY_SCALE;
	unsigned frac = (unsigned)(m % (unsigned __int128)CS_MONEY_SCALE);

	char digits[48];
	size_t nd = 0;
	do {
		digits[nd++] = (char)('0' + (int)(whole % 10));
		whole /= 10;
	} while (whole);

	char out[96];
	size_t j = 0;
	int zero = m == 0;
	if (neg && !zero)
		out[j++] = '-';
	for (size_t i = nd; i-- > 0;) {
		out[j++] = digits[i];
		if (thousands && i > 0 && i % 3 == 0)
			out[j++] = thousands;
	}
	if (decimals > 0) {
		out[j++] = '.';
		char f[5];
		for (int k = CS_MONEY_DECIMALS - 1; k >= 0; k--) {
			f[k] = (char)('0' + frac % 10);
			frac /= 10;
		}
		for (int k = 0; k < decimals; k++)
			out[j++] = f[k];
	}
	out[j] = '\0';
	if (j + 1 > size)
		return -1;
	memcpy(buf, out, j + 1);
	return (int)j;
}
