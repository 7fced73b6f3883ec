/* cite.c - method references for reports (see cite.h). */
#include "cli/report/cite.h"
#include "analysis/amounts.h"
#include "analysis/bootstrap.h"
#include "analysis/proportion.h"

#include <string.h>

const char *cs_cite(const char *command, const char *method)
{
	if (strcmp(command, "prop") == 0) {
		const struct cs_prop_method *m = cs_prop_method_find(method);
		return m ? m->reference : NULL;
	}
	if (strcmp(command, "disparity") == 0) {
		if (strcmp(method, "bootstrap-percentile") == 0)
			return CS_BOOT_PERCENTILE_REFERENCE;
		if (strcmp(method, "quantile-type-7") == 0)
			return cs_quantile_type_find(7)->reference;
	}
	return NULL;
}
