/* common.c - the shared option groups and their storage (see common.h). */
#include "cli/frame/common.h"
#include "cli/core/delim.h"
#include "cli/core/encoding.h"
#include "cli/core/names.h"
#include "cli/core/values.h"
#include "cli/io/output.h"
#include "analysis/proportion.h"

#include <math.h>
#include <stddef.h>
#include <string.h>
#include <unistd.h>

#define AT(field) offsetof(struct cs_common, field)
#define SHARED (CS_OPT_COMMON)
#define RUN_DECIDES (CS_OPT_COMMON | CS_OPT_UNRECORDED | CS_OPT_NO_RECIPE)

static int opt_conf(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	double c;
	if (cs_parse_real(v, &c) != 0 || !(c > 0.0 && c < 1.0))
		return cs_err_usage(err, u->cmd, "invalid --conf '%s': give a level between 0 and 1, e.g. 0.95", v);
	*(double *)dest = c;
	return 0;
}

static int opt_format(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	int f = cs_format_parse(v);
	if (f < 0)
		return cs_err_usage(err, u->cmd, "invalid --format '%s': use table, csv, json or md", v);
	*(int *)dest = f;
	return 0;
}

static int opt_threads(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	int64_t n;
	if (cs_parse_count(v, strlen(v), 64, &n) != 0 || n < 1)
		return cs_err_usage(err, u->cmd, "invalid --threads '%s': give a whole number from 1 to 64", v);
	*(int *)dest = (int)n;
	return 0;
}

static int opt_min_cell(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	int64_t k;
	/* K = 2 would print a count of 1 as '<2', which says it is 1 */
	if (cs_parse_count(v, strlen(v), 1000000000, &k) != 0 || k == 1 || k == 2)
		return cs_err_usage(err, u->cmd, "invalid --min-cell '%s': give a whole number of 3 or more "
				    "(counts from 1 to K-1 are hidden; 11 gives CMS's '<11'), or 0 for none", v);
	*(int64_t *)dest = k;
	return 0;
}

static int opt_where(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	return cs_where_add(dest, v, u->cmd, err);
}

const struct cs_opt cs_opts_file[] = {
	{ "output", 'o', "FILE", "write to FILE (atomically) instead of standard output", NULL, AT(output), NULL,
	  RUN_DECIDES },
	CS_OPT_END
};

const struct cs_opt cs_opts_help[] = {
	{ "help", 'h', NULL, "show this help and exit", NULL, AT(help), NULL, RUN_DECIDES },
	CS_OPT_END
};

const struct cs_opt cs_opts_output[] = {
	{ "conf", 0, "C", "confidence level, 0 < C < 1 (default 0.95)", "0.95", AT(conf), opt_conf, SHARED },
	{ "format", 0, "F", "table, csv, json or md (default: table on a terminal, else csv)", NULL,
	  AT(format), opt_format, RUN_DECIDES },
	{ "explain", 0, NULL, "add a plain-language sentence for each row", NULL, AT(explain), NULL, RUN_DECIDES },
	CS_OPT_INCLUDE(cs_opts_file),
	CS_OPT_INCLUDE(cs_opts_help),
	CS_OPT_END
};

const struct cs_opt cs_opts_progress[] = {
	{ "progress", 0, NULL, "show reading progress on stderr even when it is not a terminal", NULL,
	  AT(progress), NULL, RUN_DECIDES },
	CS_OPT_END
};

const struct cs_opt cs_opts_threads[] = {
	{ "threads", 0, "N", "threads to read a large file with (default: one per CPU)", NULL, AT(threads),
	  opt_threads, RUN_DECIDES },
	CS_OPT_INCLUDE(cs_opts_progress),
	CS_OPT_END
};

const struct cs_opt cs_opts_where[] = {
	{ "where", 0, "COL=VALUE", "use only rows whose COL equals VALUE (repeatable)", NULL, AT(where), opt_where,
	  SHARED | CS_OPT_MULTI },
	CS_OPT_END
};

const struct cs_opt cs_opts_plot[] = {
	{ "plot", 0, "FILE", "write a gnuplot chart: FILE.gp, or FILE.png/.svg/.pdf (needs gnuplot)", NULL,
	  AT(plot), NULL, RUN_DECIDES },
	CS_OPT_END
};

const struct cs_opt cs_opts_min_cell[] = {
	{ "min-cell", 0, "K", "hide counts from 1 to K-1 and what would reveal them (default: off)", NULL,
	  AT(min_cell), opt_min_cell, SHARED },
	CS_OPT_END
};

const struct cs_opt cs_opts_result[] = {
	CS_OPT_INCLUDE(cs_opts_plot),
	CS_OPT_INCLUDE(cs_opts_min_cell),
	CS_OPT_INCLUDE(cs_opts_output),
	CS_OPT_END
};

static int opt_delimiter(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	if (strcmp(v, "auto") == 0) {
		*(char *)dest = 0;
		return 0;
	}
	return cs_delim_option(v, dest, u->cmd, err);
}

static int opt_encoding(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	return cs_enc_check(v, dest, u->cmd, err);
}

static int opt_sheet(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	if (!v[0] || !cs_utf8_valid(v, strlen(v)))
		return cs_err_usage(err, u->cmd, "invalid --sheet '%s': give the name of a sheet or its number (1 for"
				    " the first)", v);
	*(const char **)dest = v;
	return 0;
}

static int opt_decimal(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	if (strcmp(v, ".") == 0 || strcmp(v, "point") == 0)
		*(char *)dest = '.';
	else if (strcmp(v, ",") == 0 || strcmp(v, "comma") == 0)
		*(char *)dest = ',';
	else
		return cs_err_usage(err, u->cmd, "invalid --decimal '%s': use '.' (point) or ',' (comma)", v);
	return 0;
}

static int opt_thousands(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	enum cs_money_sep *sep = dest;
	if (strcmp(v, " ") == 0 || strcmp(v, "space") == 0)
		*sep = CS_SEP_SPACE;
	else if (strcmp(v, ",") == 0 || strcmp(v, "comma") == 0)
		*sep = CS_SEP_COMMA;
	else if (strcmp(v, ".") == 0 || strcmp(v, "point") == 0)
		*sep = CS_SEP_POINT;
	else if (strcmp(v, "none") == 0 || strcmp(v, "") == 0)
		*sep = CS_SEP_NONE;
	else
		return cs_err_usage(err, u->cmd, "invalid --thousands '%s': use ' ' (space), ',' (comma), '.' (point)"
				    " or none", v);
	return 0;
}

static int opt_words(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	if (!v[0])
		return cs_err_usage(err, u->cmd, "invalid --%s '': give words separated by commas, e.g. да,иә",
				    u->opt->name);
	*(const char **)dest = v;
	return 0;
}

static int opt_date_format(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	if (strcmp(v, "iso") == 0) {
		*(const char **)dest = NULL;
		return 0;
	}
	struct cs_datefmt f;
	int rc = cs_datefmt_parse(v, &f, u->cmd, err);
	if (!rc)
		*(const char **)dest = v;
	return rc;
}

const struct cs_opt cs_opts_input_file[] = {
	{ "delimiter", 0, "C", "field separator: ',' ';' tab '|', or auto (default: from the header)",
	  "auto", AT(in.delim), opt_delimiter, SHARED },
	{ "encoding", 0, "NAME", "the file's encoding, e.g. windows-1251 (default: utf-8)",
	  "utf-8", AT(in.encoding), opt_encoding, SHARED },
	{ "sheet", 0, "NAME|N", "the sheet of an .xlsx, .ods or .xls file (default: the first)", NULL,
	  AT(in.sheet), opt_sheet, SHARED },
	CS_OPT_END
};

const struct cs_opt cs_opts_input[] = {
	CS_OPT_INCLUDE(cs_opts_input_file),
	{ "decimal", 0, "C", "decimal separator in numbers: '.' (default) or ','", ".", AT(cells.decimal),
	  opt_decimal, SHARED },
	{ "thousands", 0, "SEP", "thousands separator: ' ' (space), ',' or '.'; default none", "none",
	  AT(cells.thousands), opt_thousands, SHARED },
	{ "true", 0, "WORDS", "words for yes, e.g. да,иә (default: 1 true yes y t да истина иә ақиқат)",
	  "1,true,yes,y,t,да,истина,иә,ақиқат", AT(cells.truthy), opt_words, SHARED },
	{ "false", 0, "WORDS", "words for no (default: 0 false no n f нет ложь жоқ жалған)",
	  "0,false,no,n,f,нет,ложь,жоқ,жалған",
	  AT(cells.falsy), opt_words, SHARED },
	{ "date-format", 0, "F", "how dates are written, e.g. %d.%m.%Y (default: iso, 2023-06-18)", "iso",
	  AT(cells.date_format), opt_date_format, SHARED },
	{ "fold", 0, NULL, "match and group labels ignoring letter case and blanks around them", NULL,
	  AT(cells.fold), NULL, SHARED },
	CS_OPT_END
};

const struct cs_opt cs_opts_analysis[] = {
	CS_OPT_INCLUDE(cs_opts_result),
	CS_OPT_SECTION("Reading FILE (see INPUT in the man page):", cs_opts_input),
	CS_OPT_END
};

const struct cs_opt cs_opts_money[] = {
	{ "currency", 0, "CODE", "currency of the amounts, for labels (e.g. KZT)", NULL, AT(money.currency),
	  cs_opt_currency, SHARED },
	{ "rate", 0, "[CODE=]R", "add amounts converted at R units per CODE (default USD)", NULL, AT(money),
	  cs_opt_rate, SHARED },
	CS_OPT_END
};

const struct cs_opt cs_opts_boot[] = {
	{ "boot", 0, "B", "bootstrap resamples (default 10000; 0: no bootstrap)", "10000", AT(money.boot),
	  cs_opt_boot, SHARED },
	{ "seed", 0, "S", "MT19937 seed, 1 to 4294967295 (default 1)", "1", AT(money.seed), cs_opt_seed, SHARED },
	CS_OPT_END
};

void cs_common_init(struct cs_common *c)
{
	memset(c, 0, sizeof *c);
	c->conf = 0.95;
	c->format = -1;
	cs_amt_opts_init(&c->money);
	cs_cells_init(&c->cells);
}

int cs_common_ready(struct cs_common *c, const char *cmd, struct cs_err *err)
{
	return cs_cells_ready(&c->cells, cmd, err);
}

void cs_common_free(struct cs_common *c)
{
	cs_wheres_free(&c->where);
}

int cs_common_threads(const struct cs_common *c)
{
	if (c->threads > 0)
		return c->threads;
	long n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 16 ? 16 : (int)n;
}

int cs_common_format(const struct cs_common *c)
{
	if (c->format >= 0)
		return c->format;
	int to_stdout = !c->output || strcmp(c->output, "-") == 0;
	return to_stdout && isatty(STDOUT_FILENO) ? CS_FMT_TABLE : CS_FMT_CSV;
}

int cs_opt_positive_real(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	double x;
	if (cs_parse_real(v, &x) != 0 || !(x > 0.0) || !isfinite(x))
		return cs_err_usage(err, u->cmd, "invalid --%s '%s': give a positive number, e.g. 1000",
				    u->opt->name, v);
	*(double *)dest = x;
	return 0;
}

int cs_opt_columns(void *dest, const char *spec, const struct cs_opt_use *u, struct cs_err *err)
{
	struct cs_names *l = dest;
	int rc = cs_names_split(l, spec);
	if (rc == CS_NAMES_NOMEM)
		return cs_err_set(err, CS_EXIT_ENV, "out of memory");
	if (rc == CS_NAMES_EMPTY)
		return cs_err_usage(err, u->cmd, "invalid --%s '%s': a column name is empty", u->opt->name, spec);
	for (size_t k = 1; k < l->n; k++)
		if (cs_names_find(l, l->v[k], strlen(l->v[k])) < (long)k)
			return cs_err_usage(err, u->cmd, "invalid --%s '%s': column '%s' is named twice", u->opt->name,
					    spec, l->v[k]);
	return 0;
}

int cs_opt_name(void *dest, const char *v, const struct cs_opt_use *u, struct cs_err *err)
{
	if (!*v)
		return cs_err_usage(err, u->cmd, "invalid --%s '': name a column", u->opt->name);
	*(const char **)dest = v;
	return 0;
}

int cs_parse_fraction(const char *s, int64_t *x, int64_t *n, const char *cmd, const char *file_hint,
		      struct cs_err *err)
{
	const char *slash = strchr(s, '/');
	if (s[0] == '-' || (slash && slash[1] == '-'))
		return cs_err_usage(err, cmd, "invalid proportion '%s': counts cannot be negative", s);
	if (!slash || cs_parse_count_grouped(s, (size_t)(slash - s), CS_PROP_MAX_N, x) != 0 ||
	    cs_parse_count_grouped(slash + 1, strlen(slash + 1), CS_PROP_MAX_N, n) != 0)
		return cs_err_usage(err, cmd, "invalid proportion '%s': write X/N with whole numbers, e.g. 6/7 (%s)",
				    s, file_hint);
	if (*n < 1)
		return cs_err_usage(err, cmd, "invalid proportion '%s': N must be at least 1", s);
	if (*x > *n)
		return cs_err_usage(err, cmd, "invalid proportion '%s': X (%lld) is larger than N (%lld)",
				    s, (long long)*x, (long long)*n);
	return 0;
}
