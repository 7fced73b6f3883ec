/* gnuplot.c - the safe gnuplot script writer (see gnuplot.h). */
#include "gnuplot.h"
#include "cli/core/fold.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

const char *cs_plot_strerror(int status)
{
	switch (status) {
	case CS_PLOT_OK: return "success";
	case CS_PLOT_ETEXT: return "text is not valid UTF-8";
	case CS_PLOT_ENAME: return "unacceptable file or block name";
	case CS_PLOT_EIO: return "write error";
	case CS_PLOT_ENOMEM: return "out of memory";
	case CS_PLOT_EDATA: return "nothing to draw";
	case CS_PLOT_ENOGNUPLOT: return "gnuplot is not installed";
	case CS_PLOT_ERENDER: return "gnuplot failed";
	}
	return "unknown error";
}

/* ---- text ------------------------------------------------------------ */

static int is_control(uint32_t cp)
{
	return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F);
}

int cs_gp_clean(const char *str, size_t max_chars, char **out)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t len = strlen(str), nchars = 0;
	*out = NULL;
	for (size_t i = 0; i < len; nchars++) {
		uint32_t cp;
		size_t k = cs_fold_decode((const char *)s + i, len - i, &cp);
		if (!k)
			return CS_PLOT_ETEXT;
		i += k;
	}
	int cut = max_chars > 0 && nchars > max_chars;
	char *r = malloc(len + 4);   /* room for the ellipsis */
	if (!r)
		return CS_PLOT_ENOMEM;
	size_t j = 0, kept = 0;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t k = cs_fold_decode((const char *)s + i, len - i, &cp);
		if (cut && kept == max_chars - 1)
			break;
		if (is_control(cp)) {
			r[j++] = ' ';
		} else {
			memcpy(r + j, s + i, k);
			j += k;
		}
		i += k;
		kept++;
	}
	if (cut) {
		while (j > 0 && r[j - 1] == ' ')
			j--;
		memcpy(r + j, "\xE2\x80\xA6", 3);   /* U+2026 horizontal ellipsis */
		j += 3;
	}
	r[j] = '\0';
	*out = r;
	return CS_PLOT_OK;
}

/* Quote cleaned text; with pct, also double every '%' (gnuplot reads tic
 * labels as number formats: '%s' would print a number, '%q' fails). */
static int quote_clean(FILE *fp, const char *clean, int pct)
{
	if (fputc('\'', fp) == EOF)
		return CS_PLOT_EIO;
	for (const char *p = clean; *p; p++) {
		if ((*p == '\'' || (pct && *p == '%')) && fputc(*p, fp) == EOF)
			return CS_PLOT_EIO;
		if (fputc(*p, fp) == EOF)
			return CS_PLOT_EIO;
	}
	return fputc('\'', fp) == EOF ? CS_PLOT_EIO : CS_PLOT_OK;
}

static int quote_max(FILE *fp, const char *s, size_t max_chars, int pct)
{
	char *clean;
	int st = cs_gp_clean(s, max_chars, &clean);
	if (st)
		return st;
	st = quote_clean(fp, clean, pct);
	free(clean);
	return st;
}

int cs_gp_quote(FILE *fp, const char *s)
{
	return quote_max(fp, s, 0, 0);
}

int cs_gp_quote_str(const char *s, char **out)
{
	char *buf = NULL;
	size_t size = 0;
	*out = NULL;
	FILE *m = open_memstream(&buf, &size);
	if (!m)
		return CS_PLOT_ENOMEM;
	int st = cs_gp_quote(m, s);
	if (fclose(m) != 0 && !st)
		st = CS_PLOT_ENOMEM;
	if (st) {
		free(buf);
		return st;
	}
	*out = buf;
	return CS_PLOT_OK;
}

int cs_gp_name_ok(const char *name)
{
	if (!name[0] || name[0] == '|' || name[0] == '<' || strchr(name, '/') ||
	    strcmp(name, ".") == 0 || strcmp(name, "..") == 0)
		return 0;
	const unsigned char *s = (const unsigned char *)name;
	size_t len = strlen(name);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t k = cs_fold_decode((const char *)s + i, len - i, &cp);
		if (!k || is_control(cp))
			return 0;
		i += k;
	}
	return 1;
}

/* ---- the writer ------------------------------------------------------ */

void cs_gp_init(struct cs_gp *g, FILE *fp)
{
	memset(g, 0, sizeof *g);
	g->fp = fp;
}

static void fail(struct cs_gp *g, int st)
{
	if (!g->status)
		g->status = st;
}

int cs_gp_finish(struct cs_gp *g)
{
	if (g->in_block || g->tics_open)
		fail(g, CS_PLOT_EDATA);
	if (fflush(g->fp) != 0 || ferror(g->fp))
		fail(g, CS_PLOT_EIO);
	return g->status;
}

static void vraw(struct cs_gp *g, const char *fmt, va_list ap)
{
	if (g->status)
		return;
	if (vfprintf(g->fp, fmt, ap) < 0)
		fail(g, CS_PLOT_EIO);
}

void cs_gp_raw(struct cs_gp *g, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	vraw(g, fmt, ap);
	va_end(ap);
}

void cs_gp_str(struct cs_gp *g, const char *s)
{
	if (!g->status)
		fail(g, cs_gp_quote(g->fp, s ? s : ""));
}

static void tic_text(struct cs_gp *g, const char *s, size_t max_chars)
{
	if (!g->status)
		fail(g, quote_max(g->fp, s ? s : "", max_chars, 1));
}

void cs_gp_strf(struct cs_gp *g, const char *fmt, ...)
{
	if (g->status)
		return;
	va_list ap;
	va_start(ap, fmt);
	char *s = NULL;
	int k = vasprintf(&s, fmt, ap);
	va_end(ap);
	if (k < 0) {
		fail(g, CS_PLOT_ENOMEM);
		return;
	}
	cs_gp_str(g, s);
	free(s);
}

void cs_gp_num(struct cs_gp *g, double v)
{
	if (isfinite(v))
		cs_gp_raw(g, "%.17g", v);
	else
		cs_gp_raw(g, "NaN");
}

void cs_gp_preamble(struct cs_gp *g, const struct cs_gp_out *o, int width, int height)
{
	if (!cs_gp_name_ok(o->name)) {
		fail(g, CS_PLOT_ENAME);
		return;
	}
	cs_gp_raw(g, "# Chart written by casestat.  Render it with: gnuplot -d THIS_FILE\n"
		  "# (it writes the picture named below into the current directory).\n"
		  "set encoding utf8\n"
		  "if (!exists('cs_output')) cs_output = ");
	cs_gp_raw(g, "'./");
	/* the name without its opening quote: cs_gp_quote writes one */
	char *q;
	int st = cs_gp_quote_str(o->name, &q);
	if (st) {
		fail(g, st);
		return;
	}
	cs_gp_raw(g, "%s\n", q + 1);
	free(q);
	switch (o->term) {
	case CS_GP_PNG:
		cs_gp_raw(g, "set terminal pngcairo size %d,%d font 'DejaVu Sans,10' noenhanced\n",
			  width, height);
		break;
	case CS_GP_SVG:
		cs_gp_raw(g, "set terminal svg size %d,%d font 'DejaVu Sans,10' noenhanced "
			  "background rgb 'white'\n", width, height);
		break;
	case CS_GP_PDF:   /* 72 pixels per inch: the same proportions as PNG */
		cs_gp_raw(g, "set terminal pdfcairo size %.4gin,%.4gin font 'DejaVu Sans,10' noenhanced\n",
			  width / 72.0, height / 72.0);
		break;
	}
	cs_gp_raw(g, "set output cs_output\n"
		  "set termoption noenhanced\n"
		  "set linetype 1 lc rgb '" CS_GP_BLUE "' lw 2 pt 7 ps 1.2\n"
		  "set linetype 2 lc rgb '" CS_GP_VERMILION "' lw 2 pt 5 ps 1.1\n"
		  "set linetype 3 lc rgb '" CS_GP_GREEN "' lw 2 pt 9 ps 1.3\n"
		  "set linetype 4 lc rgb '" CS_GP_ORANGE "' lw 2 pt 11 ps 1.3\n"
		  "set linetype 5 lc rgb '" CS_GP_PURPLE "' lw 2 pt 13 ps 1.3\n"
		  "set linetype 6 lc rgb '" CS_GP_SKY "' lw 2 pt 15 ps 1.2\n"
		  "set linetype 7 lc rgb '" CS_GP_YELLOW "' lw 2 pt 7 ps 1.2\n"
		  "set linetype 8 lc rgb '" CS_GP_BLACK "' lw 2 pt 5 ps 1.1\n"
		  "set linetype cycle 8\n"
		  "set border 3 lc rgb '#404040'\n"
		  "set tics nomirror textcolor rgb '#202020'\n"
		  "set grid lc rgb '#E0E0E0' lw 1 dt 1\n"
		  "set key noenhanced\n");
}

void cs_gp_title(struct cs_gp *g, const char *text)
{
	cs_gp_raw(g, "set title ");
	cs_gp_str(g, text);
	cs_gp_raw(g, " noenhanced font ',13'\n");
}

void cs_gp_axis_label(struct cs_gp *g, const char *axis, const char *text)
{
	cs_gp_raw(g, "set %slabel ", axis);
	cs_gp_str(g, text);
	cs_gp_raw(g, " noenhanced\n");
}

void cs_gp_label(struct cs_gp *g, const char *text, const char *pos_fmt, ...)
{
	cs_gp_raw(g, "set label ");
	cs_gp_str(g, text);
	cs_gp_raw(g, " ");
	va_list ap;
	va_start(ap, pos_fmt);
	vraw(g, pos_fmt, ap);
	va_end(ap);
	cs_gp_raw(g, " noenhanced\n");
}

void cs_gp_tics_begin(struct cs_gp *g, const char *axis)
{
	if (g->tics_open)
		fail(g, CS_PLOT_EDATA);
	cs_gp_raw(g, "set %stics (", axis);
	g->tics_open = 1;
	g->ntics = 0;
}

void cs_gp_tic(struct cs_gp *g, const char *text, double pos, size_t max_chars)
{
	if (!g->tics_open)
		fail(g, CS_PLOT_EDATA);
	cs_gp_raw(g, g->ntics ? ", \\\n    " : " \\\n    ");
	tic_text(g, text, max_chars);
	cs_gp_raw(g, " ");
	cs_gp_num(g, pos);
	g->ntics++;
}

void cs_gp_tics_end(struct cs_gp *g, const char *opts)
{
	if (!g->tics_open)
		fail(g, CS_PLOT_EDATA);
	cs_gp_raw(g, ") %s noenhanced\n", opts ? opts : "");
	g->tics_open = 0;
}

static int block_name_ok(const char *s)
{
	if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
		return 0;
	for (s++; *s; s++)
		if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		      (*s >= '0' && *s <= '9') || *s == '_'))
			return 0;
	return 1;
}

void cs_gp_block_begin(struct cs_gp *g, const char *name)
{
	if (g->in_block || !block_name_ok(name)) {
		fail(g, g->in_block ? CS_PLOT_EDATA : CS_PLOT_ENAME);
		return;
	}
	cs_gp_raw(g, "$%s << " CS_GP_EOD "\n", name);
	g->in_block = 1;
	g->block_row = 0;
}

void cs_gp_block_row(struct cs_gp *g, const double *v, size_t n)
{
	if (!g->in_block) {
		fail(g, CS_PLOT_EDATA);
		return;
	}
	/* the first column is the row index: every line starts with a digit */
	cs_gp_raw(g, "%zu", g->block_row++);
	for (size_t i = 0; i < n; i++) {
		cs_gp_raw(g, " ");
		cs_gp_num(g, v[i]);
	}
	cs_gp_raw(g, "\n");
}

void cs_gp_block_end(struct cs_gp *g)
{
	if (!g->in_block)
		fail(g, CS_PLOT_EDATA);
	cs_gp_raw(g, CS_GP_EOD "\n");
	g->in_block = 0;
}
