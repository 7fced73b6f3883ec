/* fuzz_money.c - libFuzzer target: the money parser (analysis/money.c).
 *
 * Input: one selector byte (the thousands separator: none, space or
 * comma), then the text.
 * Invariants: the status and the problem agree; an amount parsed is within
 * CS_MONEY_MAX, has 0 to 4 decimals, and formats back (with its decimals,
 * without separators) to text that parses to the same amount; and for
 * plain text [+-]DIGITS[.DIGITS] without separators an independent oracle
 * on the digit strings (128-bit arithmetic) gives the same verdict and
 * value: too many non-zero decimals, too large, or the scaled amount;
 * and cs_money_read() with the decimal comma on the text with '.' and ','
 * swapped gives the same verdict and amount. */
#include "fuzz_util.h"
#include "analysis/money.h"
#include "analysis/status.h"

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

/* The oracle for plain text; returns -1 if the text is not plain. */
static int oracle(const char *s, size_t len, int *rc, int64_t *v)
{
	size_t i = 0;
	int neg = 0;
	if (i < len && (s[i] == '+' || s[i] == '-'))
		neg = s[i++] == '-';
	size_t a = i;
	while (i < len && digit(s[i])) i++;
	size_t ia = a, ib = i;               /* integer digits */
	if (ib == ia)
		return -1;
	size_t fa = i, fb = i;               /* fraction digits */
	if (i < len && s[i] == '.') {
		fa = ++i;
		while (i < len && digit(s[i])) i++;
		fb = i;
		if (fb == fa)
			return -1;
	}
	if (i != len)
		return -1;
	for (size_t k = fa + 4; k < fb; k++)
		if (s[k] != '0') {
			*rc = CS_EDOM;            /* a non-zero digit after the 4th decimal */
			return 0;
		}
	while (ia + 1 < ib && s[ia] == '0') ia++;
	if (ib - ia > 20) {
		*rc = CS_ERANGE;
		return 0;
	}
	__int128 x = 0;
	for (size_t k = ia; k < ib; k++)
		x = x * 10 + (s[k] - '0');
	for (size_t k = 0; k < 4; k++)
		x = x * 10 + (fa + k < fb ? s[fa + k] - '0' : 0);
	if (x > INT64_MAX) {
		*rc = CS_ERANGE;
		return 0;
	}
	*rc = CS_OK;
	*v = neg ? -(int64_t)x : (int64_t)x;
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	static const enum cs_money_sep seps[] = { CS_SEP_NONE, CS_SEP_SPACE, CS_SEP_COMMA };
	enum cs_money_sep sep = seps[data[0] % 3];
	size_t len = size - 1;
	char *s = malloc(len ? len : 1);     /* exact size: no NUL to lean on */
	FUZZ_CHECK(s);
	memcpy(s, data + 1, len);

	int64_t v = 0;
	int decimals = -1;
	enum cs_money_problem why = CS_MONEY_FINE;
	int rc = cs_money_parse(s, len, sep, &v, &decimals, &why);
	FUZZ_CHECK(cs_money_problem_text(why) != NULL);
	switch (rc) {
	case CS_OK: FUZZ_CHECK(why == CS_MONEY_FINE); break;
	case CS_EUNDEF: FUZZ_CHECK(why == CS_MONEY_MISSING); break;
	case CS_ERANGE: FUZZ_CHECK(why == CS_MONEY_TOO_LARGE); break;
	case CS_EDOM:
		FUZZ_CHECK(why != CS_MONEY_FINE && why != CS_MONEY_MISSING && why != CS_MONEY_TOO_LARGE);
		FUZZ_CHECK(cs_money_problem_text(why)[0] != '\0');
		break;
	default: FUZZ_CHECK(!"unknown status");
	}
	if (rc == CS_OK) {
		FUZZ_CHECK(decimals >= 0 && decimals <= CS_MONEY_DECIMALS);
		FUZZ_CHECK(v >= -CS_MONEY_MAX);
		char buf[64];
		int n = cs_money_format(buf, sizeof buf, v, decimals, 0);
		FUZZ_CHECK(n > 0 && (size_t)n < sizeof buf && strlen(buf) == (size_t)n);
		int64_t w = 0;
		int d2 = -1;
		FUZZ_CHECK(cs_money_parse(buf, (size_t)n, CS_SEP_NONE, &w, &d2, NULL) == CS_OK);
		FUZZ_CHECK(w == v && d2 == decimals);
		/* and with thousands separators, as the tables print them */
		n = cs_money_format(buf, sizeof buf, v, decimals, ',');
		FUZZ_CHECK(n > 0 && cs_money_parse(buf, (size_t)n, CS_SEP_COMMA, &w, NULL, NULL) == CS_OK && w == v);
		/* exact sums */
		cs_money_wide sum = 0;
		FUZZ_CHECK(cs_money_add(&sum, v) == CS_OK && cs_money_add(&sum, v) == CS_OK);
		FUZZ_CHECK(sum == (cs_money_wide)v * 2);
	}
	int orc;
	int64_t ov = 0;
	if (oracle(s, len, &orc, &ov) == 0) {
		FUZZ_CHECK(rc == orc);
		if (rc == CS_OK)
			FUZZ_CHECK(v == ov);
	}
	/* the decimal comma: the text with '.' and ',' swapped, read with ','
	 * as the decimal separator (and '.' where ',' separated thousands),
	 * gives the same amount, or the same problem (a stray ',' becoming a
	 * stray '.') */
	static const enum cs_money_sep swapped[] = { CS_SEP_NONE, CS_SEP_SPACE, CS_SEP_POINT };
	char *t = malloc(len ? len : 1);
	FUZZ_CHECK(t);
	for (size_t i = 0; i < len; i++)
		t[i] = s[i] == '.' ? ',' : s[i] == ',' ? '.' : s[i];
	const struct cs_money_syntax syn = { ',', swapped[data[0] % 3] };
	int64_t tv = 0;
	int tdec = -1;
	enum cs_money_problem twhy = CS_MONEY_FINE;
	int trc = cs_money_read(t, len, &syn, &tv, &tdec, &twhy);
	FUZZ_CHECK(trc == rc);
	FUZZ_CHECK(twhy == (why == CS_MONEY_COMMA ? CS_MONEY_POINT : why));
	FUZZ_CHECK(cs_money_problem_explain(twhy, &syn)[0] != '\0');
	if (rc == CS_OK)
		FUZZ_CHECK(tv == v && tdec == decimals);
	/* separators that clash read nothing */
	const struct cs_money_syntax clash = { ',', CS_SEP_COMMA };
	FUZZ_CHECK(cs_money_read(t, len, &clash, &tv, NULL, NULL) == CS_EDOM);
	free(t);
	free(s);
	return 0;
}
