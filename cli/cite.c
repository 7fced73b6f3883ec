/* cite.c - method references for reports (see cite.h). */
#include "cite.h"
#include "analysis/proportion.h"

#include <string.h>

const char *cs_cite(const char *command, const char *method)
{
	if (strcmp(command, "prop") == 0) {
		const struct cs_prop_method *m = cs_prop_method_find(method);
		return m ? m->reference : NULL;
	}
	return NULL;
}
