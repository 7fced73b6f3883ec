/* fuzz_values.c - libFuzzer target: the value parsers of cli/core/values.c.
 *
 * Input: one selector byte, then the text.  Each parser is compared with a
 * small, independently written oracle:
 *   cs_parse_count  accepts exactly blank-trimmed non-empty digit strings
 *                   whose value is <= max (compared as digit strings, so the
 *                   oracle cannot overflow), and the count re-prints to the
 *                   same digits without leading zeros;
 *   cs_parse_real   accepts exactly [+-]digits[.digits][(e|E)[+-]digits]
 *                   with a digit in the mantissa; the result is finite and
 *                   %.17g of it parses back to the same double;
 *   cs_parse_bool   matches a table lookup after trimming and lower-casing;
 *   cs_utf8_valid   matches Table 3-7 of the Unicode Standard (well-formed
 *                   byte sequences), written as byte ranges;
 *   cs_is_blank     matches "only spaces and tabs". */
#include "fuzz_util.h"

#include <inttypes.h>
#include <math.h>

static const int64_t maxima[] = {
	0, 1, 5, 9, 10, 64, 99, 100, INT64_C(9007199254740992), INT64_MAX
};

static int blank(char c)
{
	return c == ' ' || c == '\t';
}

/* ---- cs_parse_count ---- */

static void check_count(const char *s, size_t len, int64_t max)
{
	int64_t v = -1;
	int rc = cs_parse_count(s, len, max, &v);
	size_t a = 0, b = len;
	while (a < b && blank(s[a])) a++;
	while (b > a && blank(s[b - 1])) b--;
	int digits = a < b;
	for (size_t i = a; i < b; i++)
		digits &= s[i] >= '0' && s[i] <= '9';
	/* the digits without leading zeros, compared with max's */
	size_t z = a;
	while (digits && z + 1 < b && s[z] == '0') z++;
	char maxs[32];
	snprintf(maxs, sizeof maxs, "%" PRId64, max);
	size_t ml = strlen(maxs), nl = b - z;
	int small = digits && (nl < ml || (nl == ml && memcmp(s + z, maxs, nl) <= 0));
	FUZZ_CHECK((rc == 0) == small);
	if (rc == 0) {
		FUZZ_CHECK(v >= 0 && v <= max);
		char back[32];
		snprintf(back, sizeof back, "%" PRId64, v);
		FUZZ_CHECK(strlen(back) == nl && memcmp(back, s + z, nl) == 0);
	}
}

/* ---- cs_parse_real ---- */

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int real_syntax(const char *p)
{
	if (*p == '+' || *p == '-')
		p++;
	int mant = 0;
	while (is_digit(*p)) p++, mant = 1;
	if (*p == '.')
		for (p++; is_digit(*p); p++)
			mant = 1;
	if (!mant)
		return 0;
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!is_digit(*p))
			return 0;
		while (is_digit(*p)) p++;
	}
	return *p == '\0';
}

static void check_real(const char *s)
{
	double v = NAN;
	int rc = cs_parse_real(s, &v);
	int syntax = real_syntax(s);
	if (rc == 0) {
		FUZZ_CHECK(syntax);
		FUZZ_CHECK(isfinite(v));
		char back[64];
		snprintf(back, sizeof back, "%.17g", v);
		double w = NAN;
		FUZZ_CHECK(cs_parse_real(back, &w) == 0 && w == v);
	} else {
		/* the syntax is fine: only a value too large for a double is refused */
		if (syntax) {
			char *end;
			double big = strtod(s, &end);
			FUZZ_CHECK(isinf(big));
		}
	}
}

/* ---- cs_parse_bool ---- */

static void check_bool(const char *s, size_t len)
{
	static const char *const words[] = { "1", "true", "yes", "y", "t", "0", "false", "no", "n", "f" };
	size_t a = 0, b = len;
	while (a < b && blank(s[a])) a++;
	while (b > a && blank(s[b - 1])) b--;
	int want = -2;
	if (a == b) {
		want = -1;
	} else {
		for (size_t w = 0; w < 10; w++) {
			size_t n = strlen(words[w]);
			if (n != b - a)
				continue;
			int eq = 1;
			for (size_t i = 0; i < n; i++) {
				char c = s[a + i];
				if (c >= 'A' && c <= 'Z')
					c = (char)(c + 32);
				eq &= c == words[w][i];
			}
			if (eq) {
				want = w < 5;
				break;
			}
		}
	}
	FUZZ_CHECK(cs_parse_bool(s, len) == want);
	FUZZ_CHECK(cs_is_blank(s, len) == (a == b));
}

/* ---- cs_utf8_valid ---- */

static int in(unsigned char c, unsigned lo, unsigned hi)
{
	return c >= lo && c <= hi;
}

/* Unicode 15, Table 3-7: well-formed UTF-8 byte sequences. */
static int utf8_table(const unsigned char *s, size_t n)
{
	size_t i = 0;
	while (i < n) {
		unsigned char c = s[i];
		size_t left = n - i;
		if (c <= 0x7F) {
			i += 1;
		} else if (in(c, 0xC2, 0xDF)) {
			if (left < 2 || !in(s[i + 1], 0x80, 0xBF)) return 0;
			i += 2;
		} else if (in(c, 0xE0, 0xEF)) {
			unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
			if (left < 3 || !in(s[i + 1], lo, hi) || !in(s[i + 2], 0x80, 0xBF)) return 0;
			i += 3;
		} else if (in(c, 0xF0, 0xF4)) {
			unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
			if (left < 4 || !in(s[i + 1], lo, hi) || !in(s[i + 2], 0x80, 0xBF) ||
			    !in(s[i + 3], 0x80, 0xBF)) return 0;
			i += 4;
		} else {
			return 0;
		}
	}
	return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size < 1)
		return 0;
	unsigned sel = data[0];
	size_t len = size - 1;
	/* exact-size copies, so that reading past the end is a sanitizer
	 * report: without a NUL for the parsers given a length, with one for
	 * cs_parse_real (which reads up to the first NUL) */
	char *s = malloc(len ? len : 1), *z = malloc(len + 1);
	FUZZ_CHECK(s && z);
	memcpy(s, data + 1, len);
	memcpy(z, data + 1, len);
	z[len] = '\0';
	switch (sel & 3) {
	case 0:
		check_count(s, len, maxima[(sel >> 2) % (sizeof maxima / sizeof *maxima)]);
		break;
	case 1:
		check_real(z);
		break;
	case 2:
		check_bool(s, len);
		break;
	case 3:
		FUZZ_CHECK(cs_utf8_valid(s, len) == utf8_table((const unsigned char *)s, len));
		break;
	}
	free(s);
	free(z);
	return 0;
}
