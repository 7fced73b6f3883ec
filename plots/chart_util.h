/* chart_util.h - number formats and layout helpers shared by the chart
 * writers (internal to plots/); numbers are formatted by cli/core/numfmt.h, as in
 * sentences. */
#ifndef CS_CHART_UTIL_H
#define CS_CHART_UTIL_H

#include <stddef.h>
#include "gnuplot.h"
#include "cli/core/numfmt.h"

/* snprintf() for text that may hold labels from data: when the text does
 * not fit, it is cut at a character boundary and ends in "..." (U+2026),
 * so that a long Cyrillic label never leaves half a letter behind. */
void cs_cu_fmt(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* The smallest "nice" number (1, 2, 2.5 or 5 times a power of ten) at
 * least v > 0. */
double cs_cu_nice_ceil(double v);

/* Tics on axis ("x" or "y") from lo to hi with labels that carry
 * thousands separators (1,000,000) and a suffix ("%" or NULL): powers of
 * ten on a log axis (with 2 and 5 times them when it spans at most two
 * decades), a nice step (1, 2 or 5 times a power of ten) on a linear one. */
void cs_cu_number_tics(struct cs_gp *g, const char *axis, double lo, double hi, int log_axis,
		       const char *suffix);

/* Number of characters (code points) of UTF-8 text. */
size_t cs_cu_chars(const char *s);

/* Caption lines under the plot, in character units from the bottom of the
 * picture; the bottom margin must leave room (cs_cu_caption_margin). */
void cs_cu_caption(struct cs_gp *g, const char *const *lines, size_t n);
/* Bottom margin (in character heights) for n caption lines and an x-axis
 * label. */
double cs_cu_caption_margin(size_t n);

/* The height in pixels of a chart with `rows` rows of about `per_row`
 * pixels each plus `extra` for titles and captions, kept in [320, 4000]. */
int cs_cu_height(size_t rows, int per_row, int extra);

#endif
