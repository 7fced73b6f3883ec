/* section.h - one section of a recipe into the directory `run` builds. */
#ifndef CS_SECTION_H
#define CS_SECTION_H

#include "cli/core/diag.h"
#include "cli/core/text.h"
#include "cli/report/recipe.h"

/* What run builds while it goes through the sections. */
struct cs_report {
	const struct cs_recipe *r;
	const char *tmp;                /* the directory being built */
	struct cs_text report, record;  /* report.md and run.txt so far */
};

/* Compute section s once and write NAME.csv and its figure into
 * rep->tmp, its part of report.md and its record of run.txt.  Errors name
 * the recipe line.  Returns 0 or an exit code. */
int cs_report_section(struct cs_report *rep, const struct cs_recipe_section *s, struct cs_err *err);

#endif
