/* chart_util.c - number formats and layout helpers for charts (see
 * chart_util.h). */
#include "chart_util.h"

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

void cs_cu_number(char *buf, size_t size, double v, int decimals)
{
	if (!isfinite(v)) {
		snprintf(buf, size, "undefined");
		return;
	}
	char digits[64];
	snprintf(digits, sizeof digits, "%.*f", decimals, v);
	if (strcmp(digits, "-0") == 0 || strspn(digits, "-0.") == strlen(digits))
		snprintf(digits, sizeof digits, "%.*f", decimals, 0.0);
	group_thousands(buf, size, digits);
}

void cs_cu_count(char *buf, size_t size, double v)
{
	cs_cu_number(buf, size, v, 0);
}

void cs_cu_sig(char *buf, size_t size, double v, int sig)
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
	int mag = (int)floor(log10(a));
	int dec = sig - 1 - mag;
	if (dec < 0)
		dec = 0;
	/* round to sig digits first, then print without an exponent */
	char tmp[64];
	snprintf(tmp, sizeof tmp, "%.*e", sig - 1, v);
	cs_cu_number(buf, size, strtod(tmp, NULL), dec);
}

void cs_cu_amount(char *buf, size_t size, double v)
{
	if (isfinite(v) && v == floor(v) && fabs(v) < 1e15)
		cs_cu_count(buf, size, v);
	else
		cs_cu_sig(buf, size, v, 6);
}

void cs_cu_pct(char *buf, size_t size, double p, int decimals)
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

int cs_cu_pct_decimals(double lo, double hi)
{
	double w = 100.0 * (hi - lo);
	if (!(w > 0.0))
		return 0;
	int d = (int)ceil(-log10(w)) + 1;
	return d < 0 ? 0 : d > 4 ? 4 : d;
}

void cs_cu_conf(char *buf, size_t size, double conf)
{
	snprintf(buf, size, "%.10g%%", 100.0 * conf);
	/* 100 * 0.95 is 95.000000000000014: %.10g gives "95" */
}

double cs_cu_nice_ceil(double v)
{
	if (!(v > 0.0) || !isfinite(v))
		return 1.0;
	double p = pow(10.0, floor(log10(v)));
	static const double steps[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };
	for (size_t i = 0; i < sizeof steps / sizeof steps[0]; i++)
		if (steps[i] * p >= v * (1 - 1e-12))
			return steps[i] * p;
	return 10.0 * p;
}

void cs_cu_caption(struct cs_gp *g, const char *const *lines, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (lines[i])
			cs_gp_label(g, lines[i], "at character 1.5, character %.2f left font ',9' "
				    "textcolor rgb '#404040'", (double)(n - i) * 1.25 - 0.6);
}

double cs_cu_caption_margin(size_t n)
{
	return 3.2 + 1.25 * (double)n;
}

int cs_cu_height(size_t rows, int per_row, int extra)
{
	double h = (double)rows * per_row + extra;
	if (h < 320)
		h = 320;
	if (h > 4000)
		h = 4000;
	return (int)h;
}

size_t cs_cu_chars(const char *s)
{
	size_t n = 0;
	for (; s && *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

static void tic_number(struct cs_gp *g, double v, int dec, const char *suffix)
{
	char buf[64], lab[80];
	cs_cu_number(buf, sizeof buf, v, dec);
	snprintf(lab, sizeof lab, "%s%s", buf, suffix ? suffix : "");
	cs_gp_tic(g, lab, v, 0);
}

void cs_cu_number_tics(struct cs_gp *g, const char *axis, double lo, double hi, int log_axis,
		       const char *suffix)
{
	cs_gp_tics_begin(g, axis);
	if (log_axis && lo > 0) {
		int e0 = (int)floor(log10(lo) + 1e-9), e1 = (int)ceil(log10(hi) - 1e-9);
		int fine = e1 - e0 <= 2;
		for (int e = e0; e <= e1; e++) {
			static const double m[] = { 1, 2, 5 };
			for (size_t k = 0; k < (fine ? 3u : 1u); k++) {
				double v = m[k] * pow(10.0, e);
				if (v >= lo * (1 - 1e-12) && v <= hi * (1 + 1e-12))
					tic_number(g, v, e < 0 ? -e : 0, suffix);
			}
		}
	} else if (hi > lo) {
		double raw = (hi - lo) / 6.0, p = pow(10.0, floor(log10(raw))), step = 10 * p;
		static const double m[] = { 1, 2, 5, 10 };
		for (size_t i = 0; i < 4; i++)
			if (m[i] * p >= raw) {
				step = m[i] * p;
				break;
			}
		int dec = step >= 1 ? 0 : (int)ceil(-log10(step) - 1e-9);
		for (double k = ceil(lo / step - 1e-9); k * step <= hi + 1e-9 * step; k++)
			tic_number(g, k * step == 0 ? 0.0 : k * step, dec, suffix);
	}
	cs_gp_tics_end(g, "nomirror");
}
