/* fuzz_textin.c - libFuzzer target: the text-level readers of values as
 * written: cs_fold_key (cli/core/fold.c), the true/false words
 * (cli/core/words.c), the separator of a header (cli/core/delim.c),
 * counts with groups and reals with a decimal comma (cli/core/values.c),
 * and currency marks (cli/core/currency.c).
 *
 * Input: a selector byte, then the text (an exact-size buffer).
 * Oracles, each written apart from the code under test:
 *   fold      towlower() of glibc in C.UTF-8 over Latin and Cyrillic code
 *             points, trimming by a table of blanks; and idempotence;
 *   words     the built-in words lower-cased by that oracle;
 *   delim     the header cut at its first newline outside quotes, the
 *             quoted parts removed, then strchr;
 *   grouped   the separators removed when the groups are 1-3 then 3 digits
 *             with one separator, then cs_parse_count;
 *   real_as   ',' replaced by '.' and cs_parse_real, when there is no '.';
 *   currency  the amount without the mark is part of the text, and a text
 *             with no mark comes back trimmed. */
#include "fuzz_util.h"
#include "cli/core/fold.h"
#include "cli/core/words.h"
#include "cli/core/delim.h"
#include "cli/core/currency.h"

#include <locale.h>
#include <wctype.h>

static size_t put(uint32_t c, char *o)
{
	if (c < 0x80) return o[0] = (char)c, 1;
	if (c < 0x800) return o[0] = (char)(0xC0 | c >> 6), o[1] = (char)(0x80 | (c & 0x3F)), 2;
	if (c < 0x10000)
		return o[0] = (char)(0xE0 | c >> 12), o[1] = (char)(0x80 | ((c >> 6) & 0x3F)),
		       o[2] = (char)(0x80 | (c & 0x3F)), 3;
	return o[0] = (char)(0xF0 | c >> 18), o[1] = (char)(0x80 | ((c >> 12) & 0x3F)),
	       o[2] = (char)(0x80 | ((c >> 6) & 0x3F)), o[3] = (char)(0x80 | (c & 0x3F)), 4;
}

static int blank(uint32_t c)
{
	static const uint32_t b[] = { 0x20, 0x09, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005,
				      0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000 };
	for (size_t i = 0; i < sizeof b / sizeof *b; i++)
		if (b[i] == c)
			return 1;
	return 0;
}

/* The oracle's key of valid UTF-8 s[0..len); its length in out. */
static size_t oracle_fold(const char *s, size_t len, char *out)
{
	uint32_t cp[4096];
	size_t n = 0;
	for (size_t i = 0; i < len && n < 4096;) {
		size_t k = cs_fold_decode(s + i, len - i, &cp[n]);
		FUZZ_CHECK(k);
		n++, i += k;
	}
	size_t a = 0, b = n;
	while (a < b && blank(cp[a])) a++;
	while (b > a && blank(cp[b - 1])) b--;
	size_t j = 0;
	for (size_t i = a; i < b; i++) {
		uint32_t c = cp[i];
		if (c < 0x180 || (c >= 0x400 && c <= 0x52F))
			c = (uint32_t)towlower((wint_t)c);
		j += put(c, out + j);
	}
	return j;
}

static void check_fold(const char *s, size_t len)
{
	char *key = malloc(len + 1), *again = malloc(len + 1);
	FUZZ_CHECK(key && again);
	int n = cs_fold_key(s, len, key, len + 1);
	FUZZ_CHECK(n >= 0 && (size_t)n <= len && key[n] == '\0');
	FUZZ_CHECK(cs_fold_key(key, (size_t)n, again, len + 1) == n && memcmp(key, again, (size_t)n) == 0);
	if (n > 0)
		FUZZ_CHECK(cs_fold_key(s, len, again, (size_t)n) == -1);   /* one byte short */
	if (cs_utf8_valid(s, len) && len <= 4096) {
		FUZZ_CHECK(cs_utf8_valid(key, (size_t)n));
		char *want = malloc(4 * len + 1);
		FUZZ_CHECK(want);
		size_t w = oracle_fold(s, len, want);
		FUZZ_CHECK(w == (size_t)n && memcmp(want, key, w) == 0);
		free(want);
	}
	free(key), free(again);
}

static void check_words(const char *s, size_t len)
{
	static const char *const t[] = { "1", "true", "yes", "y", "t", "да", "истина", "иә", "ақиқат" };
	static const char *const f[] = { "0", "false", "no", "n", "f", "нет", "ложь", "жоқ", "жалған" };
	static struct cs_bool_words w;
	static int init;
	if (!init)
		cs_bool_words_default(&w), init = 1;
	int rc = cs_bool_words_parse(&w, s, len);
	int want = -2;
	if (cs_is_blank(s, len)) {
		want = -1;
	} else if (cs_utf8_valid(s, len) && len <= 4096) {
		char *k = malloc(4 * len + 1);
		FUZZ_CHECK(k);
		size_t n = oracle_fold(s, len, k);
		for (size_t i = 0; i < 9; i++) {
			if (strlen(t[i]) == n && memcmp(k, t[i], n) == 0) want = 1;
			if (strlen(f[i]) == n && memcmp(k, f[i], n) == 0) want = 0;
		}
		free(k);
	} else {
		/* invalid UTF-8 is never a word of the list */
		FUZZ_CHECK(rc == -2);
		return;
	}
	FUZZ_CHECK(rc == want);
}

static void check_delim(const char *s, size_t len)
{
	int rc = cs_delim_detect(s, len);
	char *line = malloc(len + 1);
	FUZZ_CHECK(line);
	size_t j = 0;
	int q = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '"') { q = !q; continue; }
		if (q) continue;
		if (s[i] == '\n' || s[i] == '\r') break;
		line[j++] = s[i] ? s[i] : 'x';
	}
	line[j] = '\0';
	int c = strchr(line, ',') != NULL, sc = strchr(line, ';') != NULL, t = strchr(line, '\t') != NULL;
	int want = c || (!sc && !t) ? ',' : sc && t ? -1 : sc ? ';' : '\t';
	FUZZ_CHECK(rc == want);
	free(line);
}

static void check_grouped(const char *s, size_t len)
{
	static const int64_t maxima[] = { 0, 5, 999, 1000000, INT64_MAX };
	for (size_t mi = 0; mi < 5; mi++) {
		int64_t v = -1, w = -1;
		int rc = cs_parse_count_grouped(s, len, maxima[mi], &v);
		size_t a = 0, b = len;
		while (a < b && (s[a] == ' ' || s[a] == '\t')) a++;
		while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t')) b--;
		/* split into digit runs and separators */
		char *digits = malloc(len + 1);
		FUZZ_CHECK(digits);
		size_t nd = 0, run = 0, runs = 0;
		int ok = a < b;
		const char *sep = NULL;
		size_t seplen = 0;
		for (size_t i = a; i < b && ok;) {
			if (s[i] >= '0' && s[i] <= '9') {
				digits[nd++] = s[i++];
				run++;
				continue;
			}
			size_t k = s[i] == ',' || s[i] == ' ' ? 1 :
				   b - i >= 2 && !memcmp(s + i, "\xC2\xA0", 2) ? 2 :
				   b - i >= 3 && !memcmp(s + i, "\xE2\x80\xAF", 3) ? 3 : 0;
			ok = k && run >= 1 && run <= 3 && (runs == 0 || run == 3) &&
			     (!sep || (k == seplen && !memcmp(sep, s + i, k)));
			sep = s + i, seplen = k;
			runs++, run = 0, i += k;
		}
		ok = ok && nd > 0 && (runs == 0 || run == 3);
		int want = ok ? cs_parse_count(digits, nd, maxima[mi], &w) : -1;
		FUZZ_CHECK(rc == want);
		if (rc == 0)
			FUZZ_CHECK(v == w);
		free(digits);
	}
}

static void check_real_as(const char *s, size_t len)
{
	double v = 0, w = 0;
	int rc = cs_parse_real_as(s, len, ',', &v);
	int want = -1;
	if (!memchr(s, '.', len) && !memchr(s, '\0', len)) {
		char *t = malloc(len + 1);
		FUZZ_CHECK(t);
		for (size_t i = 0; i < len; i++)
			t[i] = s[i] == ',' ? '.' : s[i];
		t[len] = '\0';
		want = cs_parse_real(t, &w);
		free(t);
	}
	FUZZ_CHECK(rc == want);
	if (rc == 0)
		FUZZ_CHECK(v == w || (v != v && w != w));
	/* with '.', the same as cs_parse_real on a NUL-terminated copy */
	char *t = malloc(len + 1);
	FUZZ_CHECK(t);
	memcpy(t, s, len);
	t[len] = '\0';
	rc = cs_parse_real_as(s, len, '.', &v);
	want = memchr(s, ',', len) || memchr(s, '\0', len) ? -1 : cs_parse_real(t, &w);
	FUZZ_CHECK(rc == want && (rc != 0 || v == w));
	free(t);
}

static void check_currency(const char *s, size_t len)
{
	char *buf = malloc(len + 2);
	FUZZ_CHECK(buf);
	size_t n = 99;
	const struct cs_currency *cur = NULL;
	int rc = cs_currency_strip(s, len, buf, len + 1, &n, &cur);
	FUZZ_CHECK(rc == 0 || rc == -1);
	if (rc == 0) {
		FUZZ_CHECK(n <= len && buf[n] == '\0');
		if (!cur) {
			/* no mark: the text without surrounding blanks */
			FUZZ_CHECK(n == 0 || memmem(s, len, buf, n) != NULL);
		} else {
			FUZZ_CHECK(n < len);
			/* the amount, less a sign moved over the mark, is in the text */
			size_t off = n && (buf[0] == '-' || buf[0] == '+') && !memmem(s, len, buf, n);
			FUZZ_CHECK(n - off == 0 || memmem(s, len, buf + off, n - off) != NULL);
			FUZZ_CHECK(n > 0);
		}
		if (cs_utf8_valid(s, len))
			FUZZ_CHECK(cs_utf8_valid(buf, n));
	} else {
		FUZZ_CHECK(cur != NULL);
	}
	free(buf);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static int init;
	if (!init) {
		FUZZ_CHECK(setlocale(LC_CTYPE, "C.UTF-8") != NULL);   /* the oracle's towlower only */
		init = 1;
	}
	if (size < 1)
		return 0;
	size_t len = size - 1;
	char *s = malloc(len ? len : 1);
	FUZZ_CHECK(s);
	memcpy(s, data + 1, len);
	switch (data[0] % 6) {
	case 0: check_fold(s, len); break;
	case 1: check_words(s, len); break;
	case 2: check_delim(s, len); break;
	case 3: check_grouped(s, len); break;
	case 4: check_real_as(s, len); break;
	case 5: check_currency(s, len); break;
	}
	free(s);
	return 0;
}
