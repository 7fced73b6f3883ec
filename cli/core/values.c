/* values.c - locale-free parsing of counts, reals and booleans (see values.h). */
#include "cli/core/values.h"

#include <locale.h>
#include <pthread.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int blank(char c)
{
	return c == ' ' || c == '\t';
}

static void trim(const char **s, size_t *len)
{
	while (*len && blank(**s)) (*s)++, (*len)--;
	while (*len && blank((*s)[*len - 1])) (*len)--;
}

int cs_is_blank(const char *s, size_t len)
{
	trim(&s, &len);
	return len == 0;
}

int cs_parse_count(const char *s, size_t len, int64_t max, int64_t *v)
{
	trim(&s, &len);
	if (len == 0)
		return -1;
	int64_t acc = 0;
	for (size_t i = 0; i < len; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		int d = s[i] - '0';
		/* d > max first: with max < 9, (max - d) / 10 rounds up to 0 */
		if (d > max || acc > (max - d) / 10)
			return -1;
		acc = acc * 10 + d;
	}
	*v = acc;
	return 0;
}

/* The length of a group separator of counts at s: ',' or a space
 * (' ', U+00A0, U+202F in UTF-8); 0 for none. */
static size_t group_sep(const char *s, const char *end)
{
	const unsigned char *u = (const unsigned char *)s;
	if (*s == ',' || *s == ' ')
		return 1;
	if (end - s >= 2 && u[0] == 0xC2 && u[1] == 0xA0)
		return 2;
	if (end - s >= 3 && u[0] == 0xE2 && u[1] == 0x80 && u[2] == 0xAF)
		return 3;
	return 0;
}

int cs_parse_count_grouped(const char *s, size_t len, int64_t max, int64_t *v)
{
	trim(&s, &len);
	const char *p = s, *end = s + len;
	size_t nd = 0, group = 0, seplen = 0;
	const char *sep = NULL;
	int64_t acc = 0;
	while (p < end) {
		if (*p >= '0' && *p <= '9') {
			int d = *p++ - '0';
			if (d > max || acc > (max - d) / 10)   /* as in cs_parse_count */
				return -1;
			acc = acc * 10 + d;
			nd++;
			group++;
			continue;
		}
		size_t k = group_sep(p, end);
		/* a separator ends a group of 1-3 digits (the first) or of 3 */
		if (!k || group == 0 || group > 3 || (sep && group != 3))
			return -1;
		if (sep && (k != seplen || memcmp(p, sep, k) != 0))
			return -1;              /* one separator throughout */
		sep = p, seplen = k;
		p += k;
		group = 0;
	}
	if (nd == 0 || (sep && group != 3))
		return -1;
	*v = acc;
	return 0;
}

int cs_parse_real_as(const char *s, size_t len, char decimal, double *v)
{
	if (decimal != '.' && decimal != ',')
		return -1;
	/* only the decimal separator asked for; no NUL inside */
	for (size_t i = 0; i < len; i++)
		if (s[i] == '\0' || (s[i] == (decimal == '.' ? ',' : '.')))
			return -1;
	char local[128], *buf = len < sizeof local ? local : malloc(len + 1);
	if (!buf)
		return -1;
	memcpy(buf, s, len);
	buf[len] = '\0';
	for (size_t i = 0; i < len; i++)
		if (buf[i] == ',')
			buf[i] = '.';
	int rc = cs_parse_real(buf, v);
	if (buf != local)
		free(buf);
	return rc;
}

/* The C locale for strtod_l, made once: rows are parsed on several
 * threads, and a lazily made one would be a data race. */
static locale_t c_locale;
static pthread_once_t c_locale_once = PTHREAD_ONCE_INIT;

static void make_c_locale(void)
{
	c_locale = newlocale(LC_NUMERIC_MASK, "C", (locale_t)0);
}

int cs_parse_real(const char *s, double *v)
{
	const char *p = s;
	if (*p == '+' || *p == '-')
		p++;
	size_t digits = 0;
	while (*p >= '0' && *p <= '9') p++, digits++;
	if (*p == '.') {
		p++;
		while (*p >= '0' && *p <= '9') p++, digits++;
	}
	if (digits == 0)
		return -1;
	if (*p == 'e' || *p == 'E') {
		p++;
		if (*p == '+' || *p == '-')
			p++;
		if (!(*p >= '0' && *p <= '9'))
			return -1;
		while (*p >= '0' && *p <= '9') p++;
	}
	if (*p != '\0')
		return -1;
	/* The syntax is plain decimal; strtod_l with the C locale reads it with
	 * correct rounding whatever LC_NUMERIC says (a comma-decimal locale would
	 * make plain strtod stop at the '.'). */
	pthread_once(&c_locale_once, make_c_locale);
	if (!c_locale)
		return -1;
	double d = strtod_l(s, NULL, c_locale);
	if (isinf(d))        /* too large for a double: not a number we can use */
		return -1;
	*v = d;
	return 0;
}

static int word_is(const char *s, size_t len, const char *w)
{
	if (strlen(w) != len)
		return 0;
	for (size_t i = 0; i < len; i++) {
		char c = s[i];
		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != w[i])
			return 0;
	}
	return 1;
}

int cs_parse_bool(const char *s, size_t len)
{
	static const char *const truthy[] = { "1", "true", "yes", "y", "t" };
	static const char *const falsy[] = { "0", "false", "no", "n", "f" };
	/* the spellings of exports, without trimming or case folding */
	if (len == 4 && memcmp(s, "true", 4) == 0) return 1;
	if (len == 5 && memcmp(s, "false", 5) == 0) return 0;
	if (len == 1 && (s[0] == '1' || s[0] == '0')) return s[0] == '1';
	trim(&s, &len);
	if (len == 0)
		return -1;
	for (size_t i = 0; i < sizeof truthy / sizeof *truthy; i++)
		if (word_is(s, len, truthy[i]))
			return 1;
	for (size_t i = 0; i < sizeof falsy / sizeof *falsy; i++)
		if (word_is(s, len, falsy[i]))
			return 0;
	return -2;
}

int cs_utf8_valid(const char *str, size_t len)
{
	const unsigned char *s = (const unsigned char *)str, *end = s + len;
	while (s < end) {
		unsigned c = *s;
		if (c < 0x80) {
			s++;
			continue;
		}
		size_t n;
		unsigned cp, min;
		if (c >= 0xC2 && c <= 0xDF) n = 1, cp = c & 0x1F, min = 0x80;
		else if (c >= 0xE0 && c <= 0xEF) n = 2, cp = c & 0x0F, min = 0x800;
		else if (c >= 0xF0 && c <= 0xF4) n = 3, cp = c & 0x07, min = 0x10000;
		else return 0;
		if ((size_t)(end - s) <= n)
			return 0;
		for (size_t k = 1; k <= n; k++) {
			if ((s[k] & 0xC0) != 0x80)
				return 0;
			cp = (cp << 6) | (s[k] & 0x3F);
		}
		if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
			return 0;
		s += n + 1;
	}
	return 1;
}
