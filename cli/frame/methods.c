/* methods.c - proportion methods as options (see methods.h). */
#include "cli/frame/methods.h"

#include <string.h>

/* The name and aliases that start row i. */
static const char *const *names_of(struct cs_method_table t, size_t i)
{
	return (const char *const *)((const char *)t.rows + i * t.stride);
}

int cs_err_unknown_method(struct cs_err *err, const char *cmd, const char *value, struct cs_method_table t)
{
	char list[512];
	size_t k = 0;
	for (size_t i = 0; i < t.n && k < sizeof list; i++)
		k += (size_t)snprintf(list + k, sizeof list - k, "%s%s", i ? ", " : "", names_of(t, i)[0]);
	return cs_err_usage(err, cmd, "unknown method '%s'; the methods are: %s, all", value, list);
}

int cs_method_option(const void **dest, const char *value, const char *cmd, struct cs_method_table t,
		     struct cs_err *err)
{
	*dest = NULL;
	if (strcmp(value, "all") == 0)
		return 0;
	for (size_t i = 0; i < t.n; i++)
		for (const char *const *nm = names_of(t, i); *nm && nm - names_of(t, i) <= 4; nm++)
			if (strcmp(*nm, value) == 0) {
				*dest = names_of(t, i);
				return 0;
			}
	return cs_err_unknown_method(err, cmd, value, t);
}

void cs_method_names(char *buf, size_t size, struct cs_method_table t, size_t i)
{
	const char *const *nm = names_of(t, i);
	size_t k = (size_t)snprintf(buf, size, "%s", nm[0]);
	for (size_t j = 1; j <= 4 && nm[j] && k < size; j++)
		k += (size_t)snprintf(buf + k, size - k, "%s%s", j > 1 ? ", " : " [", nm[j]);
	if (nm[1] && k < size)
		snprintf(buf + k, size - k, "]");
}

int cs_opt_prop_method(void *dest, const char *value, const struct cs_opt_use *u, struct cs_err *err)
{
	return cs_method_option(dest, value, u->cmd, CS_METHOD_TABLE(cs_prop_methods, cs_prop_nmethods), err);
}

void cs_prop_method_range(const struct cs_prop_method *m, size_t *first, size_t *last)
{
	*first = m ? (size_t)(m - cs_prop_methods) : 0;
	*last = m ? *first + 1 : cs_prop_nmethods;
}

void cs_help_prop_methods(FILE *out)
{
	for (size_t i = 0; i < cs_prop_nmethods; i++) {
		const struct cs_prop_method *m = &cs_prop_methods[i];
		char names[64];
		cs_method_names(names, sizeof names, CS_METHOD_TABLE(cs_prop_methods, cs_prop_nmethods), i);
		fprintf(out, "%s  %-28s %s%s", i ? "\n" : "", names, m->title,
			m == cs_prop_method_default() ? " (default)" : "");
	}
}
