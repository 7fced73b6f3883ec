/* plot.c - the files of --plot (see plot.h). */
#include "cli/frame/plot.h"
#include "cli/io/outfile.h"
#include "plots/chart_compare.h"
#include "plots/chart_funnel.h"
#include "analysis/compare.h"
#include "plots/chart_prop.h"
#include "plots/chart_rate.h"
#include "plots/chart_tab.h"
#include "analysis/multinom.h"
#include "plots/render.h"
#include "analysis/proportion.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);
	return n > k && strcmp(s + n - k, suffix) == 0;
}

void cs_plot_target_free(struct cs_plot_target *t)
{
	free(t->dir);
	free(t->script);
	free(t->image);
	free(t->image_name);
	memset(t, 0, sizeof *t);
}

int cs_plot_target_init(struct cs_plot_target *t, const char *arg, const char *cmd, struct cs_err *err)
{
	memset(t, 0, sizeof *t);
	static const struct { const char *ext; enum cs_gp_term term; } kinds[] = {
		{ ".png", CS_GP_PNG }, { ".svg", CS_GP_SVG }, { ".pdf", CS_GP_PDF }, { ".gp", CS_GP_PNG },
	};
	size_t k = 0;
	while (k < 4 && !ends_with(arg, kinds[k].ext))
		k++;
	if (k == 4)
		return cs_err_usage(err, cmd, "invalid --plot '%s': the name must end in .gp (script), "
				    ".png, .svg or .pdf (picture)", arg);
	const char *slash = strrchr(arg, '/');
	const char *base = slash ? slash + 1 : arg;
	size_t stem = strlen(base) - strlen(kinds[k].ext);
	t->term = kinds[k].term;
	t->dir = slash ? strndup(arg, (size_t)(slash - arg) + (slash == arg)) : strdup(".");
	int okay = asprintf(&t->script, "%.*s.gp", (int)(strlen(arg) - strlen(kinds[k].ext)), arg) >= 0;
	if (okay && k < 3) {
		t->image = strdup(arg);
		t->image_name = strdup(base);
	} else if (okay) {
		okay = asprintf(&t->image_name, "%.*s.png", (int)stem, base) >= 0;
	}
	if (!okay || !t->dir || !t->script || !t->image_name || (k < 3 && !t->image)) {
		cs_plot_target_free(t);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	if (stem == 0 || !cs_gp_name_ok(t->image_name) || base[0] == '.') {
		cs_plot_target_free(t);
		return cs_err_usage(err, cmd, "invalid --plot '%s': give a file name that does not start "
				    "with '.', '|' or '<' and has no control characters", arg);
	}
	if (t->image && !cs_render_available()) {
		int rc = cs_err_set(err, CS_EXIT_ENV, "cannot draw '%s': gnuplot is not installed "
				    "(on Debian or Ubuntu: apt-get install gnuplot-nox); "
				    "--plot with a .gp name writes the script alone", arg);
		cs_plot_target_free(t);
		return rc;
	}
	return 0;
}

/* SOURCE_DATE_EPOCH as whole seconds, or 0 (1970-01-01) when unset or
 * not a plain number (reproducible-builds.org specification). */
static long long pdf_epoch(void)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	if (!s || !*s || strlen(s) > 15 || strspn(s, "0123456789") != strlen(s))
		return 0;
	return strtoll(s, NULL, 10);
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

int cs_plot_write(const struct cs_plot_target *t, cs_plot_writer w, const void *chart, struct cs_err *err)
{
	struct cs_outfile script, image;
	memset(&image, 0, sizeof image);
	int rc = cs_outfile_open(&script, t->script, err);
	if (rc)
		return rc;
	struct cs_gp_out o = { t->term, t->image_name };
	int st = w(script.fp, &o, chart);
	if (st == CS_PLOT_ETEXT || st == CS_PLOT_EDATA || st == CS_PLOT_ENAME) {
		rc = cs_err_set(err, CS_EXIT_DATA, "cannot draw '%s': %s", t->image ? t->image : t->script,
				st == CS_PLOT_ETEXT ? "a label is not valid UTF-8" : cs_plot_strerror(st));
	} else if (st || fflush(script.fp) != 0) {
		rc = cs_err_set(err, CS_EXIT_ENV, "cannot write '%s': %s", t->script,
				cs_plot_strerror(st ? st : CS_PLOT_EIO));
	}
	if (!rc && t->image) {
		rc = cs_outfile_open(&image, t->image, err);
		char msg[512];
		if (!rc) {
			st = cs_render_run(t->dir, base_name(script.tmp), base_name(image.tmp), msg, sizeof msg);
			if (st == CS_PLOT_ENOGNUPLOT)
				rc = cs_err_set(err, CS_EXIT_ENV, "cannot draw '%s': gnuplot is not installed "
						"(on Debian or Ubuntu: apt-get install gnuplot-nox)", t->image);
			else if (st)
				rc = cs_err_set(err, CS_EXIT_ENV, "gnuplot could not draw '%s': %s", t->image,
						msg[0] ? msg : cs_plot_strerror(st));
			else if (msg[0])
				cs_warn("gnuplot said: %s", msg);
		}
		if (!rc && t->term == CS_GP_PDF && (st = cs_render_pdf_set_date(image.tmp, pdf_epoch())) != 0)
			rc = cs_err_set(err, CS_EXIT_ENV, "cannot set the date of '%s': %s", t->image,
					cs_plot_strerror(st));
		if (!rc)
			rc = cs_outfile_commit(&image, err);
	}
	if (!rc)
		return cs_outfile_commit(&script, err);
	cs_outfile_abort(&image);
	cs_outfile_abort(&script);
	return rc;
}

/* ---- prop ------------------------------------------------------------ */

static long column(const struct cs_table *t, const char *name)
{
	for (size_t i = 0; i < t->ncols; i++)
		if (strcmp(t->cols[i].name, name) == 0)
			return (long)i;
	return -1;
}

static double num(const struct cs_table *t, size_t r, long c)
{
	const struct cs_cell *cell = &t->cells[r * t->ncols + (size_t)c];
	return cell->kind == CS_CELL_INT ? (double)cell->i : cell->kind == CS_CELL_REAL ? cell->d : NAN;
}

static const char *text(const struct cs_table *t, size_t r, long c)
{
	const struct cs_cell *cell = &t->cells[r * t->ncols + (size_t)c];
	return cell->kind == CS_CELL_TEXT ? cell->text : "";
}

/* Is the cell hidden by --min-cell?  (c < 0: there is no such column.) */
static int hidden(const struct cs_table *t, size_t r, long c)
{
	return c >= 0 && t->cells[r * t->ncols + (size_t)c].kind == CS_CELL_HIDDEN;
}

/* The threshold for a chart's caption. */
static int caption_k(int64_t min_cell)
{
	return min_cell > 0 && min_cell < 1000000000 ? (int)min_cell : 0;
}

static int write_prop(FILE *fp, const struct cs_gp_out *o, const void *chart)
{
	return cs_chart_prop_write(fp, o, chart);
}

int cs_plot_prop_table(const struct cs_plot_target *t, const struct cs_table *tab, double conf,
		       const char *title, const char *subject, int64_t min_cell, struct cs_err *err)
{
	long cg = column(tab, "group"), cx = column(tab, "x"), cn = column(tab, "n"),
	     ce = column(tab, "estimate"), cl = column(tab, "lower"), cu = column(tab, "upper"),
	     cm = column(tab, "method");
	if (cg < 0 || cx < 0 || cn < 0 || ce < 0 || cl < 0 || cu < 0 || cm < 0)
		return cs_err_set(err, CS_EXIT_ENV, "internal error: not a proportion table");
	struct cs_chart_prop_point *pts = calloc(tab->nrows ? tab->nrows : 1, sizeof *pts);
	if (!pts)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	for (size_t r = 0; r < tab->nrows; r++) {
		const struct cs_prop_method *m = cs_prop_method_find(text(tab, r, cm));
		pts[r].group = text(tab, r, cg);
		pts[r].method = m ? m->title : text(tab, r, cm);
		pts[r].x = num(tab, r, cx);
		pts[r].n = num(tab, r, cn);
		pts[r].estimate = num(tab, r, ce);
		pts[r].lower = num(tab, r, cl);
		pts[r].upper = num(tab, r, cu);
		pts[r].suppressed = hidden(tab, r, cx) || hidden(tab, r, cn);
	}
	struct cs_chart_prop c = { title, subject, conf, caption_k(min_cell), tab->nrows, pts };
	int rc = cs_plot_write(t, write_prop, &c, err);
	free(pts);
	return rc;
}

/* ---- tab, rate, funnel ------------------------------------------------ */

static int write_tab(FILE *fp, const struct cs_gp_out *o, const void *chart)
{
	return cs_chart_tab_write(fp, o, chart);
}

static int write_time(FILE *fp, const struct cs_gp_out *o, const void *chart)
{
	return cs_chart_time_write(fp, o, chart);
}

int cs_plot_tab_table(const struct cs_plot_target *t, const struct cs_table *tab, double conf,
		      const char *subject, const char *bucket, int64_t min_cell, struct cs_err *err)
{
	long cc = column(tab, "category"), cn = column(tab, "count"), cs = column(tab, "share"),
	     cl = column(tab, "lower"), cu = column(tab, "upper"), cm = column(tab, "method");
	if (cc < 0 || cn < 0 || cs < 0 || cl < 0 || cu < 0 || cm < 0)
		return cs_err_set(err, CS_EXIT_ENV, "internal error: not a tab table");
	size_t n = tab->nrows ? tab->nrows : 1;
	const struct cs_multinom_method *m = tab->nrows ? cs_multinom_method_find(text(tab, 0, cm)) : NULL;
	const char *method = m ? m->title : tab->nrows ? text(tab, 0, cm) : "";
	int rc;
	if (bucket) {
		struct cs_chart_period *p = calloc(n, sizeof *p);
		if (!p)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		for (size_t r = 0; r < tab->nrows; r++) {
			p[r].period = text(tab, r, cc);
			p[r].count = num(tab, r, cn);
			p[r].lower = p[r].upper = NAN;
			p[r].suppressed = hidden(tab, r, cn);
		}
		char title[256];
		snprintf(title, sizeof title, "Rows per %s of %s", bucket, subject ? subject : "the date");
		struct cs_chart_time c = { title, "rows", bucket, method, conf, caption_k(min_cell), tab->nrows, p };
		rc = cs_plot_write(t, write_time, &c, err);
		free(p);
	} else {
		struct cs_chart_bar *b = calloc(n, sizeof *b);
		if (!b)
			return cs_err_set(err, CS_EXIT_ENV, "out of memory");
		for (size_t r = 0; r < tab->nrows; r++) {
			b[r].label = text(tab, r, cc);
			b[r].count = num(tab, r, cn);
			b[r].share = num(tab, r, cs);
			b[r].lower = num(tab, r, cl);
			b[r].upper = num(tab, r, cu);
			b[r].suppressed = hidden(tab, r, cn) || hidden(tab, r, column(tab, "n"));
		}
		struct cs_chart_tab c = { NULL, subject, method, conf, caption_k(min_cell), tab->nrows, b };
		rc = cs_plot_write(t, write_tab, &c, err);
		free(b);
	}
	return rc;
}

static int write_rate(FILE *fp, const struct cs_gp_out *o, const void *chart)
{
	return cs_chart_rate_write(fp, o, chart);
}

int cs_plot_rate_table(const struct cs_plot_target *t, const struct cs_table *tab, double conf,
		       const char *unit, int64_t min_cell, struct cs_err *err)
{
	long cg = column(tab, "group"), cmeas = column(tab, "measure"), cc = column(tab, "count"),
	     ce = column(tab, "exposure"), cr = column(tab, "rate"), cest = column(tab, "estimate"),
	     cl = column(tab, "lower"), cu = column(tab, "upper");
	if (cr < 0)
		cr = cest;
	if (cg < 0 || cc < 0 || ce < 0 || cr < 0 || cl < 0 || cu < 0)
		return cs_err_set(err, CS_EXIT_ENV, "internal error: not a rate table");
	struct cs_chart_rate_point *p = calloc(tab->nrows ? tab->nrows : 1, sizeof *p);
	if (!p)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	size_t k = 0;
	for (size_t r = 0; r < tab->nrows; r++) {
		if (cmeas >= 0 && strcmp(text(tab, r, cmeas), "rate") != 0)
			continue;      /* the ratio row is not a rate */
		p[k].group = text(tab, r, cg);
		p[k].count = num(tab, r, cc);
		p[k].exposure = num(tab, r, ce);
		p[k].rate = num(tab, r, cr);
		p[k].lower = num(tab, r, cl);
		p[k].upper = num(tab, r, cu);
		p[k].suppressed = hidden(tab, r, cc);
		k++;
	}
	struct cs_chart_rate c = { NULL, unit, NULL, conf, caption_k(min_cell), k, p };
	int rc = cs_plot_write(t, write_rate, &c, err);
	free(p);
	return rc;
}

static int write_funnel(FILE *fp, const struct cs_gp_out *o, const void *chart)
{
	return cs_chart_funnel_write(fp, o, chart);
}

int cs_plot_funnel_table(const struct cs_plot_target *t, const struct cs_table *tab, double conf,
			 const char *first, int64_t min_cell, struct cs_err *err)
{
	long cs = column(tab, "stage"), crel = column(tab, "relative_to"), cx = column(tab, "x"),
	     cn = column(tab, "n"), ce = column(tab, "estimate"), cl = column(tab, "lower"),
	     cu = column(tab, "upper"), cm = column(tab, "method");
	if (cs < 0 || crel < 0 || cx < 0 || cn < 0 || ce < 0 || cl < 0 || cu < 0 || cm < 0)
		return cs_err_set(err, CS_EXIT_ENV, "internal error: not a funnel table");
	struct cs_chart_funnel_stage *st = calloc(tab->nrows + 1, sizeof *st);
	if (!st)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	size_t k = 0;
	const char *method = "";
	for (size_t r = 0; r < tab->nrows; r++) {
		/* one bar per stage: its first row relative to the previous stage
		 * (with --method all the other methods' rows follow it) */
		if (strcmp(text(tab, r, crel), "previous") != 0 ||
		    (k > 1 && strcmp(st[k - 1].name, text(tab, r, cs)) == 0))
			continue;
		if (k == 0) {
			st[0].name = first;
			st[0].count = num(tab, r, cn);
			st[0].step = st[0].step_lower = st[0].step_upper = NAN;
			st[0].suppressed = hidden(tab, r, cn);
			k = 1;
		}
		const struct cs_prop_method *m = cs_prop_method_find(text(tab, r, cm));
		method = m ? m->title : text(tab, r, cm);
		st[k].name = text(tab, r, cs);
		st[k].count = num(tab, r, cx);
		st[k].step = num(tab, r, ce);
		st[k].step_lower = num(tab, r, cl);
		st[k].step_upper = num(tab, r, cu);
		st[k].suppressed = hidden(tab, r, cx);
		k++;
	}
	struct cs_chart_funnel c = { NULL, method, conf, caption_k(min_cell), k, st };
	int rc = cs_plot_write(t, write_funnel, &c, err);
	free(st);
	return rc;
}

/* ---- compare ---------------------------------------------------------- */

static int write_compare(FILE *fp, const struct cs_gp_out *o, const void *chart)
{
	return cs_chart_compare_write(fp, o, chart);
}

int cs_plot_compare_table(const struct cs_plot_target *t, const struct cs_table *tab, double conf,
			  const char *name1, const char *name2, double x1, double n1, double x2, double n2,
			  int64_t min_cell, struct cs_err *err)
{
	(void)min_cell;   /* the forest plot's caption has no line for it: its rows say 'suppressed' */
	long csup = column(tab, "suppressed");
	long cmeas = column(tab, "measure"), ce = column(tab, "estimate"), cl = column(tab, "lower"),
	     cu = column(tab, "upper"), cm = column(tab, "method");
	if (cmeas < 0 || ce < 0 || cl < 0 || cu < 0 || cm < 0)
		return cs_err_set(err, CS_EXIT_ENV, "internal error: not a compare table");
	static const struct { const char *name; enum cs_forest_kind kind; } kinds[] = {
		{ "difference", CS_FOREST_DIFFERENCE },
		{ "ratio", CS_FOREST_RATIO },
		{ "odds_ratio", CS_FOREST_ODDS_RATIO },
	};
	struct cs_chart_forest_row *rows = calloc(tab->nrows ? tab->nrows : 1, sizeof *rows);
	if (!rows)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	struct cs_chart_forest_panel panels[3];
	size_t np = 0, nr = 0;
	for (size_t k = 0; k < 3; k++) {
		size_t first = nr;
		for (size_t r = 0; r < tab->nrows; r++) {
			if (strcmp(text(tab, r, cmeas), kinds[k].name) != 0)
				continue;
			const struct cs_cmp_method *m = cs_cmp_method_find(text(tab, r, cm));
			rows[nr].label = m ? m->title : text(tab, r, cm);
			rows[nr].estimate = num(tab, r, ce);
			rows[nr].lower = num(tab, r, cl);
			rows[nr].upper = num(tab, r, cu);
			rows[nr].suppressed = csup >= 0 && tab->cells[r * tab->ncols + (size_t)csup].kind == CS_CELL_BOOL &&
					      tab->cells[r * tab->ncols + (size_t)csup].i;
			nr++;
		}
		if (nr > first)
			panels[np++] = (struct cs_chart_forest_panel){ kinds[k].kind, nr - first, rows + first };
	}
	int rc;
	if (np == 0) {
		rc = cs_err_usage(err, "compare", "--plot draws the difference, ratio or odds ratio: "
				  "the tests alone have no chart");
	} else {
		struct cs_chart_compare c = { NULL, name1, name2, x1, n1, x2, n2, conf, np, panels };
		rc = cs_plot_write(t, write_compare, &c, err);
	}
	free(rows);
	return rc;
}
