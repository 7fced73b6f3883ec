/* numfmt.c - numbers for people (see numfmt.h). */
#include "cli/core/numfmt.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Insert thousands separators into the integer part of a plain decimal
 * number held in digits (e.g. "-1234567.89"). */
static void group_thousands(char *buf, size_t size, const char *digits)
{
	const char *p = digits;
	size_t j = 0;
	if (*p == '-' && j + 1 < size)
		buf[j++] = *p++;
	size_t intlen = strcspn(p, ".");
	for (size_t i = 0; p[i] && j + 1 < size; i++) {
		if (i > 0 && i < intlen && (intlen - i) % 3 == 0) {
			buf[j++] = ',';
			if (j + 1 >= size)
				break;
		}
		buf[j++] = p[i];
	}
	buf[j] = '\0';
}

void cs_fmt_count(char *buf, size_t size, int64_t v)
{
	char digits[32];
	snprintf(digits, sizeof digits, "%lld", (long long)v);
	group_thousands(buf, size, digits);
}

void cs_fmt_number(char *buf, size_t size, double v, int decimals)
{
	if (!isfinite(v)) {
		snprintf(buf, size, "undefined");
		return;
	}
	char digits[400];
	snprintf(digits, sizeof digits, "%.*f", decimals, v);
	if (strspn(digits, "-0.") == strlen(digits))
		snprintf(digits, sizeof digits, "%.*f", decimals, 0.0);
	group_thousands(buf, size, digits);
}

void cs_fmt_whole(char *buf, size_t size, double v)
{
	cs_fmt_number(buf, size, v, 0);
}

void cs_fmt_small(char *buf, size_t size, double v, int sig)
{
	snprintf(buf, size, "%.*g", sig, v);
	if (!strchr(buf, 'e'))
		return;
	int d = sig - 1 - (int)floor(log10(fabs(v)));
	snprintf(buf, size, "%.*f", d > 40 ? 40 : d, v);
	size_t n = strlen(buf);
	while (n && buf[n - 1] == '0')
		buf[--n] = '\0';
}

double cs_fmt_read(const char *s)
{
	char b[96];
	size_t j = 0;
	for (; *s && j + 1 < sizeof b; s++)
		if (*s != ',')
			b[j++] = *s;
	b[j] = '\0';
	return strtod(b, NULL);
}

void cs_fmt_sig(char *buf, size_t size, double v, int sig)
{
	if (!isfinite(v)) {
		snprintf(buf, size, "undefined");
		return;
	}
	if (v == 0.0) {
		snprintf(buf, size, "0");
		return;
	}
	double a = fabs(v);
	if (a < 1e-4 || a >= 1e15) {
		snprintf(buf, size, "%.*g", sig, v);
		return;
	}
	int dec = sig - 1 - (int)floor(log10(a));
	if (dec < 0)
		dec = 0;
	/* round to sig digits first, then print without an exponent */
	char tmp[64];
	snprintf(tmp, sizeof tmp, "%.*e", sig - 1, v);
	cs_fmt_number(buf, size, strtod(tmp, NULL), dec);
}

void cs_fmt_amount(char *buf, size_t size, double v)
{
	if (isfinite(v) && v == floor(v) && fabs(v) < 1e15)
		cs_fmt_whole(buf, size, v);
	else
		cs_fmt_sig(buf, size, v, 6);
}

void cs_fmt_pct(char *buf, size_t size, double p, int decimals)
{
	if (!isfinite(p)) {
		snprintf(buf, size, "undefined");
		return;
	}
	double v = 100.0 * p;
	for (int d = decimals; d <= 6; d++) {
		snprintf(buf, size, "%.*f%%", d, v);
		double shown = strtod(buf, NULL);
		if (!(shown == 0.0 && v > 0.0) && !(shown == 100.0 && v < 100.0))
			break;
	}
}

int cs_pct_decimals(double lo, double hi)
{
	double w = 100.0 * (hi - lo);
	if (!(w > 0.0))
		return 0;
	int d = (int)ceil(-log10(w)) + 1;
	return d < 0 ? 0 : d > 4 ? 4 : d;
}

void cs_fmt_conf(char *buf, size_t size, double conf)
{
	/* 100 * 0.95 is 95.000000000000014: %.10g gives "95" */
	snprintf(buf, size, "%.10g%%", 100.0 * conf);
}

void cs_fmt_times(char *buf, size_t size, double v)
{
	if (v >= 9.95 && v < 9e15) {
		cs_fmt_count(buf, size, (int64_t)llround(v));
	} else if (v > 0.0 && v < 1.0) {
		int dec = 1 - (int)floor(log10(v));
		snprintf(buf, size, "%.*f", dec > 15 ? 15 : dec, v);
	} else {
		snprintf(buf, size, "%.2g", v);
	}
}

void cs_fmt_pvalue(char *buf, size_t size, double p)
{
	if (p < 0.0001)
		snprintf(buf, size, "p < 0.0001");
	else
		snprintf(buf, size, "p = %.2g", p);
}

void cs_fmt_pvalue_words(char *buf, size_t size, double p)
{
	if (p < 0.0001)
		snprintf(buf, size, "below 0.0001");
	else
		snprintf(buf, size, "%.2g", p);
}

void cs_fmt_times_apart(char *lo, char *hi, size_t size, double l, double h)
{
	cs_fmt_times(lo, size, l);
	cs_fmt_times(hi, size, h);
	for (int sig = 3; sig <= 9 && l < h && !(cs_fmt_read(lo) < cs_fmt_read(hi)); sig++) {
		int dec = sig - 1 - (int)floor(log10(h));
		cs_fmt_number(lo, size, l, dec < 0 ? 0 : dec > 15 ? 15 : dec);
		cs_fmt_number(hi, size, h, dec < 0 ? 0 : dec > 15 ? 15 : dec);
	}
}

void cs_fmt_share(char *buf, size_t size, double s)
{
	double pct = 100 * s;
	if (pct >= 10) {
		cs_fmt_whole(buf, size, pct);
		for (int d = 1; d <= 6 && pct != 100 && cs_fmt_read(buf) == 100; d++)
			cs_fmt_number(buf, size, pct, d);   /* 99.9%, not 100% */
	} else if (pct >= 1) {
		snprintf(buf, size, "%.2f", pct);   /* 1.15, 2.50 -> 2.5, 3.00 -> 3 */
		size_t n = strlen(buf);
		while (n && buf[n - 1] == '0')
			buf[--n] = '\0';
		if (n && buf[n - 1] == '.')
			buf[--n] = '\0';
	} else {
		cs_fmt_small(buf, size, pct, 2);
	}
	strncat(buf, "%", size - strlen(buf) - 1);
}

void cs_fmt_stat(char *buf, size_t size, double v)
{
	snprintf(buf, size, "%.3g", v);
	if (strchr(buf, 'e') && fabs(v) >= 1)
		cs_fmt_whole(buf, size, v);       /* 1,001 rather than 1e+03 */
	else if (strchr(buf, 'e'))
		cs_fmt_small(buf, size, v, 3);    /* 0.0000123 rather than 1.23e-05 */
}

void cs_fmt_points(char *buf, size_t size, double v, int decimals)
{
	snprintf(buf, size, "%.*f", decimals, 100.0 * v);
	if (buf[0] == '-' && strspn(buf + 1, "0.") == strlen(buf + 1))
		memmove(buf, buf + 1, strlen(buf));
}
