/* methods.c - proportion methods as options (see methods.h). */
#include "cli/frame/methods.h"

#include <string.h>

int cs_opt_prop_method(void *dest, const char *value, const struct cs_opt_use *u, struct cs_err *err)
{
	const struct cs_prop_method **m = dest;
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
	return cs_err_usage(err, u->cmd, "unknown method '%s'; the methods are: %s, all", value, list);
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
		size_t k = (size_t)snprintf(names, sizeof names, "%s", m->name);
		for (size_t j = 0; m->aliases[j] && k < sizeof names; j++)
			k += (size_t)snprintf(names + k, sizeof names - k, "%s%s", j ? ", " : " [", m->aliases[j]);
		if (m->aliases[0] && k < sizeof names)
			snprintf(names + k, sizeof names - k, "]");
		fprintf(out, "  %-28s %s%s\n", names, m->title, m == cs_prop_method_default() ? " (default)" : "");
	}
}
