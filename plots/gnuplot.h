/* gnuplot.h - the safe gnuplot script writer.
 *
 * Chart writers (plots/chart_*.c) build scripts only through these
 * functions, which keep text from data, recipes and the command line from
 * ever running a command in gnuplot (gnuplot 5.4 runs backquoted text,
 * system() through an unescaped quote, and pipes in file names):
 *   - every such text is written single-quoted with ' doubled; control
 *     characters (C0, DEL, C1) become spaces; invalid UTF-8 is refused;
 *     every text element is marked noenhanced (and the terminal too);
 *   - data go in numbers-only datablocks whose first column is a numeric
 *     index, ended by CS_GP_EOD, which no data line can begin with;
 *   - labels go through set xtics/ytics/y2tics ( ... ), set label, titles;
 *     tic labels are number formats to gnuplot, so their '%' is doubled;
 *   - the writer never emits system, load, set print, '!', backquotes or
 *     a pipe; the output name is a plain file name in gnuplot's working
 *     directory, written as './NAME'.
 * The writer prints nothing and never exits: it writes to a FILE * the
 * caller owns and keeps the first error, which cs_gp_finish() returns. */
#ifndef CS_GNUPLOT_H
#define CS_GNUPLOT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

/* Status codes of plots/ (0 = success). */
enum cs_plot_status {
	CS_PLOT_OK = 0,
	CS_PLOT_ETEXT,      /* a text is not valid UTF-8 */
	CS_PLOT_ENAME,      /* an output or datablock name is not acceptable */
	CS_PLOT_EIO,        /* the stream reported an error */
	CS_PLOT_ENOMEM,     /* out of memory */
	CS_PLOT_EDATA,      /* nothing to draw, or values a chart cannot show */
	CS_PLOT_ENOGNUPLOT, /* gnuplot is not installed (render.c) */
	CS_PLOT_ERENDER     /* gnuplot failed (render.c) */
};

/* A short lower-case description of a status.  Never NULL. */
const char *cs_plot_strerror(int status);

/* The datablock terminator.  Data lines start with a digit, so none can
 * begin with it. */
#define CS_GP_EOD "CASESTAT_EOD"

/* Terminals, chosen by the image name's extension. */
enum cs_gp_term { CS_GP_PNG, CS_GP_SVG, CS_GP_PDF };

/* Where the script sends its picture. */
struct cs_gp_out {
	enum cs_gp_term term;
	const char *name;   /* image file name, no directory ("fig.png"); borrowed */
};

/* Okabe-Ito colour-blind-safe palette (Okabe & Ito 2008), as gnuplot
 * linetypes 1..8 in this order. */
#define CS_GP_BLUE      "#0072B2"
#define CS_GP_VERMILION "#D55E00"
#define CS_GP_GREEN     "#009E73"
#define CS_GP_ORANGE    "#E69F00"
#define CS_GP_PURPLE    "#CC79A7"
#define CS_GP_SKY       "#56B4E9"
#define CS_GP_YELLOW    "#F0E442"
#define CS_GP_BLACK     "#000000"
#define CS_GP_GREY      "#7F7F7F"

/* Is this an acceptable image file name: valid UTF-8, no control
 * characters, no '/', not empty, not "." or "..", and not starting with
 * '|' or '<'?  (Names are also written as './NAME', so gnuplot never sees a
 * leading pipe, but such a name is refused all the same.) */
int cs_gp_name_ok(const char *name);

/* Clean text for a script: a new string (caller frees) with every control
 * character (C0, DEL, C1) replaced by a space and, when max_chars > 0, cut
 * to at most max_chars characters ending in an ellipsis.  Returns
 * CS_PLOT_ETEXT for invalid UTF-8, CS_PLOT_ENOMEM. */
int cs_gp_clean(const char *s, size_t max_chars, char **out);

/* Write s as a single-quoted gnuplot string: cleaned as above (no cut),
 * each ' doubled.  Returns a status. */
int cs_gp_quote(FILE *fp, const char *s);
/* The same into a new string (caller frees). */
int cs_gp_quote_str(const char *s, char **out);

/* The writer: a stream and the first error met. */
struct cs_gp {
	FILE *fp;          /* borrowed */
	int status;        /* first error, CS_PLOT_OK while none */
	int in_block;      /* inside a datablock */
	size_t block_row;  /* index of the next datablock row */
	int tics_open;     /* inside set ?tics ( ... ) */
	size_t ntics;
	int nlabels;       /* labels set so far (numbered 1, 2, ...) */
};

void cs_gp_init(struct cs_gp *g, FILE *fp);
/* The status of everything written (and of the stream). */
int cs_gp_finish(struct cs_gp *g);

/* Script text of our own: fmt must be a constant and its arguments
 * numbers, never text from outside (use cs_gp_str / cs_gp_text). */
void cs_gp_raw(struct cs_gp *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A quoted string. */
void cs_gp_str(struct cs_gp *g, const char *s);
/* A quoted string made with printf: the whole result is quoted, so
 * arguments may come from data. */
void cs_gp_strf(struct cs_gp *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A number as gnuplot reads it (%.17g; NaN for anything not finite). */
void cs_gp_num(struct cs_gp *g, double v);

/* The opening of every script: a comment naming casestat, UTF-8, the
 * terminal at width x height pixels (PDF at 100 pixels per inch) with
 * DejaVu Sans, noenhanced text, the output './NAME' (a variable
 * cs_output given on the command line wins: render.c renders to a
 * temporary name), the Okabe-Ito linetypes and a light grid style. */
void cs_gp_preamble(struct cs_gp *g, const struct cs_gp_out *o, int width, int height);

/* set title / set xlabel ... : text from anywhere, noenhanced.
 * axis is "x", "y", "x2" or "y2". */
void cs_gp_title(struct cs_gp *g, const char *text);
void cs_gp_axis_label(struct cs_gp *g, const char *axis, const char *text);

/* set label N 'text' at POS [OPTS] noenhanced, where pos_fmt (a constant
 * with numbers only) gives the position and options, e.g.
 * cs_gp_label(g, s, "at graph 0, screen 0.03 left font ',9'"). */
void cs_gp_label(struct cs_gp *g, const char *text, const char *pos_fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Tic labels: cs_gp_tics_begin(g, "y"); cs_gp_tic(g, "Almaty", 1); ...;
 * cs_gp_tics_end(g, "nomirror") writes set ytics ('Almaty' 1, ...) with
 * the options (a constant) and noenhanced.  max_chars as in cs_gp_clean.
 * gnuplot reads tic labels as number formats, so '%' is doubled too. */
void cs_gp_tics_begin(struct cs_gp *g, const char *axis);
void cs_gp_tic(struct cs_gp *g, const char *text, double pos, size_t max_chars);
void cs_gp_tics_end(struct cs_gp *g, const char *opts);

/* A datablock $NAME (NAME: a letter, then letters, digits or '_').  Each
 * row is written as "INDEX v1 v2 ...", INDEX counting from 0. */
void cs_gp_block_begin(struct cs_gp *g, const char *name);
void cs_gp_block_row(struct cs_gp *g, const double *v, size_t n);
void cs_gp_block_end(struct cs_gp *g);

#endif
