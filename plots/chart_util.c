/* chart_util.c - number formats and layout helpers for charts (see
 * chart_util.h). */
#include "chart_util.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void cs_cu_fmt(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	int k = vsnprintf(buf, size, fmt, ap);
	va_end(ap);
	if (k < 0 || (size_t)k < size || size < 4)
		return;
	size_t end = size - 4;               /* room for U+2026 and the NUL */
	while (end > 0 && ((unsigned char)buf[end] & 0xC0) == 0x80)
		end--;
	memcpy(buf + end, "\xE2\x80\xA6", 4);
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
	cs_fmt_number(buf, sizeof buf, v, dec);
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
