/* chartfile.c - the files of --plot (see chartfile.h). */
#include "cli/io/chartfile.h"
#include "cli/core/names.h"
#include "cli/io/outfile.h"

#include "plots/render.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void cs_chart_target_free(struct cs_chart_target *t)
{
	free(t->dir);
	free(t->script);
	free(t->image);
	free(t->image_name);
	memset(t, 0, sizeof *t);
}

int cs_chart_target_init(struct cs_chart_target *t, const char *arg, const char *cmd, struct cs_err *err)
{
	memset(t, 0, sizeof *t);
	static const struct { const char *ext; enum cs_gp_term term; } kinds[] = {
		{ ".png", CS_GP_PNG }, { ".svg", CS_GP_SVG }, { ".pdf", CS_GP_PDF }, { ".gp", CS_GP_PNG },
	};
	size_t k = 0;
	while (k < 4 && !cs_name_ends(arg, kinds[k].ext))
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
		cs_chart_target_free(t);
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	}
	if (stem == 0 || !cs_gp_name_ok(t->image_name) || base[0] == '.') {
		cs_chart_target_free(t);
		return cs_err_usage(err, cmd, "invalid --plot '%s': give a file name that does not start "
				    "with '.', '|' or '<' and has no control characters", arg);
	}
	if (t->image && !cs_render_available()) {
		int rc = cs_err_set(err, CS_EXIT_ENV, "cannot draw '%s': gnuplot is not installed "
				    "(on Debian or Ubuntu: apt-get install gnuplot-nox); "
				    "--plot with a .gp name writes the script alone", arg);
		cs_chart_target_free(t);
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

int cs_chart_write(const struct cs_chart_target *t, cs_chart_writer w, const void *chart, struct cs_err *err)
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

int cs_chart_caption_k(int64_t min_cell)
{
	return min_cell > 0 && min_cell < 1000000000 ? (int)min_cell : 0;
}
