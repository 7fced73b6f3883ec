/* fold.c - locale-free case folding and label keys (see fold.h). */
#include "cli/core/fold.h"

#include <string.h>

uint32_t cs_fold_cp(uint32_t c)
{
	if (c < 0x80)
		return c >= 'A' && c <= 'Z' ? c + 0x20 : c;
	if (c < 0x100)   /* À-Þ but × */
		return c >= 0xC0 && c <= 0xDE && c != 0xD7 ? c + 0x20 : c;
	if (c < 0x180) {
		/* Latin Extended-A: pairs, upper case first, with a few singles
		 * between that shift the parity */
		if (c == 0x130) return 'i';                 /* İ */
		if (c == 0x178) return 0xFF;                /* Ÿ */
		if ((c <= 0x12F || (c >= 0x132 && c <= 0x137) || (c >= 0x14A && c <= 0x177)) && c % 2 == 0)
			return c + 1;
		if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && c % 2 == 1)
			return c + 1;
		return c;
	}
	if (c < 0x400 || c > 0x52F)
		return c;
	if (c <= 0x40F) return c + 0x50;                    /* Ѐ-Џ, with Ё and І */
	if (c <= 0x42F) return c + 0x20;                    /* А-Я */
	if (c == 0x4C0) return 0x4CF;                       /* Ӏ */
	if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || c >= 0x4D0)
		return c % 2 == 0 ? c + 1 : c;              /* Ғ Қ Ң Ү Ұ Һ Ә Ө ... */
	if (c >= 0x4C1 && c <= 0x4CE)
		return c % 2 == 1 ? c + 1 : c;
	return c;
}

int cs_fold_is_blank(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
	       c == 0x202F || c == 0x205F || c == 0x3000;
}

size_t cs_fold_decode(const char *str, size_t len, uint32_t *cp)
{
	const unsigned char *s = (const unsigned char *)str;
	if (len == 0)
		return 0;
	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	size_t n;
	uint32_t c, min;
	if (s[0] >= 0xC2 && s[0] <= 0xDF) n = 2, c = s[0] & 0x1F, min = 0x80;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF) n = 3, c = s[0] & 0x0F, min = 0x800;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4) n = 4, c = s[0] & 0x07, min = 0x10000;
	else return 0;
	if (len < n)
		return 0;
	for (size_t k = 1; k < n; k++) {
		if ((s[k] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[k] & 0x3F);
	}
	if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
		return 0;
	*cp = c;
	return n;
}

static size_t encode(uint32_t c, char *out)
{
	if (c < 0x80) {
		out[0] = (char)c;
		return 1;
	}
	if (c < 0x800) {
		out[0] = (char)(0xC0 | (c >> 6));
		out[1] = (char)(0x80 | (c & 0x3F));
		return 2;
	}
	if (c < 0x10000) {
		out[0] = (char)(0xE0 | (c >> 12));
		out[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		out[2] = (char)(0x80 | (c & 0x3F));
		return 3;
	}
	out[0] = (char)(0xF0 | (c >> 18));
	out[1] = (char)(0x80 | ((c >> 12) & 0x3F));
	out[2] = (char)(0x80 | ((c >> 6) & 0x3F));
	out[3] = (char)(0x80 | (c & 0x3F));
	return 4;
}

/* s[0..len) without the blanks around it: *from and *to. */
static void trim(const char *s, size_t len, const char **from, const char **to)
{
	const char *end = s + len;
	uint32_t c;
	size_t n;
	while (s < end && (n = cs_fold_decode(s, (size_t)(end - s), &c)) && cs_fold_is_blank(c))
		s += n;
	/* trailing blanks: step back over whole characters (continuation
	 * bytes first) while the character there is a blank */
	while (end > s) {
		const char *p = end - 1;
		while (p > s && ((unsigned char)*p & 0xC0) == 0x80 && end - p < 4)
			p--;
		n = cs_fold_decode(p, (size_t)(end - p), &c);
		if (n != (size_t)(end - p) || !cs_fold_is_blank(c))
			break;
		end = p;
	}
	*from = s;
	*to = end;
}

/* The folded form of the character at s (or the byte, when it is none)
 * in tmp: its length, with *used the bytes of s it takes. */
static size_t fold_at(const char *s, const char *end, char tmp[4], size_t *used)
{
	uint32_t c;
	size_t n = cs_fold_decode(s, (size_t)(end - s), &c);
	if (!n) {
		tmp[0] = *s;
		*used = 1;
		return 1;
	}
	*used = n;
	return encode(cs_fold_cp(c), tmp);
}

int cs_fold_key(const char *str, size_t len, char *buf, size_t size)
{
	const char *s, *end;
	trim(str, len, &s, &end);
	size_t j = 0;
	while (s < end) {
		char tmp[4];
		size_t n, k = fold_at(s, end, tmp, &n);
		if (j + k + 1 > size)
			return -1;
		memcpy(buf + j, tmp, k);
		j += k;
		s += n;
	}
	if (j + 1 > size)
		return -1;
	buf[j] = '\0';
	return (int)j;
}

int cs_fold_equal(const char *str, size_t len, const char *key, size_t keylen)
{
	const char *s, *end;
	/* the first byte decides most comparisons: look at it before trimming */
	if (len && keylen && (unsigned char)str[0] < 0x80 && str[0] != ' ' && str[0] != '\t' &&
	    (unsigned char)key[0] < 0x80 && (char)cs_fold_cp((unsigned char)str[0]) != key[0])
		return 0;
	trim(str, len, &s, &end);
	size_t j = 0;
	while (s < end) {
		char tmp[4];
		size_t n, k = fold_at(s, end, tmp, &n);
		if (j + k > keylen || memcmp(key + j, tmp, k) != 0)
			return 0;
		j += k;
		s += n;
	}
	return j == keylen;
}
