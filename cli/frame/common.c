/* common.c - shared options and result output (see common.h). */
#include "cli/frame/common.h"
#include "cli/io/outfile.h"
#include "cli/io/progress.h"
#include "cli/core/values.h"
#include "analysis/proportion.h"

#include <string.h>
#include <unistd.h>

void cs_common_init(struct cs_common *c)
{
	memset(c, 0, sizeof *c);
	c->conf = 0.95;
	c->format = -1;
}

int cs_common_option(struct cs_common *c, const struct cs_args *a, int key, struct cs_err *err)
{
	switch (key) {
	case CS_OPT_HELP:
		c->help = 1;
		return 1;
	case CS_OPT_CONF: {
		double v;
		if (cs_parse_real(a->value, &v) != 0 || !(v > 0.0 && v < 1.0)) {
			cs_err_usage(err, a->cmd, "invalid --conf '%s': give a level between 0 and 1, e.g. 0.95",
				     a->value);
			return -1;
		}
		c->conf = v;
		return 1;
	}
	case CS_OPT_FORMAT: {
		int f = cs_format_parse(a->value);
		if (f < 0) {
			cs_err_usage(err, a->cmd, "invalid --format '%s': use table, csv, json or md", a->value);
			return -1;
		}
		c->format = f;
		return 1;
	}
	case CS_OPT_EXPLAIN:
		c->explain = 1;
		return 1;
	case CS_OPT_OUTPUT:
		c->output = a->value;
		return 1;
	case CS_OPT_PROGRESS:
		cs_progress_mode(CS_PROGRESS_ON);
		return 1;
	case CS_OPT_THREADS: {
		int64_t n;
		if (cs_parse_count(a->value, strlen(a->value), 64, &n) != 0 || n < 1) {
			cs_err_usage(err, a->cmd, "invalid --threads '%s': give a whole number from 1 to 64",
				     a->value);
			return -1;
		}
		c->threads = (int)n;
		return 1;
	}
	case CS_OPT_PLOT:
		c->plot = a->value;
		return 1;
	case CS_OPT_MIN_CELL: {
		int64_t k;
		/* K = 2 would print a count of 1 as '<2', which says it is 1 */
		if (cs_parse_count(a->value, strlen(a->value), 1000000000, &k) != 0 || k == 1 || k == 2) {
			cs_err_usage(err, a->cmd, "invalid --min-cell '%s': give a whole number of 3 or more "
				     "(counts from 1 to K-1 are hidden; 11 gives CMS's '<11'), or 0 for none", a->value);
			return -1;
		}
		c->min_cell = k;
		return 1;
	}
	}
	return 0;
}

int cs_common_next(struct cs_args *a, struct cs_common *c, struct cs_err *err)
{
	int key;
	while ((key = cs_args_next(a, err)) > 0) {
		int common = cs_common_option(c, a, key, err);
		if (common < 0)
			return -1;
		if (common == 0)
			return key;
	}
	return key;
}

int cs_parse_fraction(const char *s, int64_t *x, int64_t *n, const char *cmd, const char *file_hint,
		      struct cs_err *err)
{
	const char *slash = strchr(s, '/');
	if (s[0] == '-' || (slash && slash[1] == '-'))
		return cs_err_usage(err, cmd, "invalid proportion '%s': counts cannot be negative", s);
	if (!slash || cs_parse_count(s, (size_t)(slash - s), CS_PROP_MAX_N, x) != 0 ||
	    cs_parse_count(slash + 1, strlen(slash + 1), CS_PROP_MAX_N, n) != 0)
		return cs_err_usage(err, cmd, "invalid proportion '%s': write X/N with whole numbers, e.g. 6/7 (%s)",
				    s, file_hint);
	if (*n < 1)
		return cs_err_usage(err, cmd, "invalid proportion '%s': N must be at least 1", s);
	if (*x > *n)
		return cs_err_usage(err, cmd, "invalid proportion '%s': X (%lld) is larger than N (%lld)",
				    s, (long long)*x, (long long)*n);
	return 0;
}

int cs_prop_method_arg(const char *value, const struct cs_prop_method **m, const char *cmd,
		       struct cs_err *err)
{
	if (strcmp(value, "all") == 0) {
		*m = NULL;
		return 0;
	}
	if ((*m = cs_prop_method_find(value)) != NULL)
		return 0;
	char list[512];
	size_t k = 0;
	for (size_t i = 0; i < cs_prop_nmethods && k < sizeof list; i++)
		k += (size_t)snprintf(list + k, sizeof list - k, "%s%s", i ? ", " : "", cs_prop_methods[i].name);
	return cs_err_usage(err, cmd, "unknown method '%s'; the methods are: %s, all", value, list);
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

int cs_common_emit(const struct cs_common *c, const struct cs_table *t, struct cs_err *err)
{
	struct cs_outfile o;
	int rc = cs_outfile_open(&o, c->output, err);
	if (rc)
		return rc;
	cs_table_write(o.fp, t, cs_common_format(c), c->explain);
	return cs_outfile_commit(&o, err);
}
