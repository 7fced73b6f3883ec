/* chartfile.h - the files of --plot FILE: the gnuplot script, written
 * atomically, and for FILE.png/.svg/.pdf the picture, rendered by gnuplot
 * from that script and also written atomically (temporary file + rename),
 * with the script kept beside it as FILE-without-extension.gp. */
#ifndef CS_CHARTFILE_H
#define CS_CHARTFILE_H

#include <stdint.h>
#include <stdio.h>
#include "cli/core/diag.h"
#include "plots/gnuplot.h"

struct cs_chart_target {
	char *dir;          /* directory of both files ("." for none); owned */
	char *script;       /* path of the .gp; owned */
	char *image;        /* path of the picture; NULL for a script alone; owned */
	char *image_name;   /* picture file name the script draws to; owned */
	enum cs_gp_term term;
};

/* Check --plot FILE before any work: the extension (.gp .png .svg .pdf,
 * else a usage error, exit 2), the file name (no control characters,
 * valid UTF-8, not starting with '|' or '<'), and for a picture that
 * gnuplot is installed (else exit 3, naming the Debian package).  Returns
 * 0 or an exit code with err filled. */
int cs_chart_target_init(struct cs_chart_target *t, const char *arg, const char *cmd, struct cs_err *err);
void cs_chart_target_free(struct cs_chart_target *t);

/* A chart writer: plots/chart_*.c functions have this shape (with their
 * own chart type behind the void pointer). */
typedef int (*cs_chart_writer)(FILE *fp, const struct cs_gp_out *o, const void *chart);

/* Write the script with w(chart) and, for a picture, render it; the PDF
 * creation date is set from SOURCE_DATE_EPOCH (else 1970-01-01) so that
 * reruns give the same bytes.  Returns 0 or an exit code (1 for text the
 * chart cannot carry, 3 when a file cannot be written or gnuplot fails). */
int cs_chart_write(const struct cs_chart_target *t, cs_chart_writer w, const void *chart, struct cs_err *err);

/* Define name as the cs_chart_writer of a plots/ function
 * int fn(FILE *, const struct cs_gp_out *, const struct cs_chart_X *). */
#define CS_CHART_WRITER(name, fn) \
	static int name(FILE *fp, const struct cs_gp_out *o, const void *chart) \
	{ \
		return fn(fp, o, chart); \
	}

/* The threshold for a chart's caption ("counts under K hidden"): K, or 0. */
int cs_chart_caption_k(int64_t min_cell);

#endif
